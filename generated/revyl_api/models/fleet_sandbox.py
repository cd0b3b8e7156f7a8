from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.fleet_sandbox_sandbox_type import FleetSandboxSandboxType, check_fleet_sandbox_sandbox_type
from ..models.fleet_sandbox_status import FleetSandboxStatus, check_fleet_sandbox_status
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fleet_sandbox_specs_type_0 import FleetSandboxSpecsType0
    from ..models.fleet_sandbox_tags_type_0 import FleetSandboxTagsType0


T = TypeVar("T", bound="FleetSandbox")


@_attrs_define
class FleetSandbox:
    """Represents a virtual machine sandbox in the Fleet pool.

    Sandboxes are Mac Mini VMs that developers can claim for development work.
    Each sandbox can host multiple git repositories and worktrees.

    Attributes:
        id: Unique identifier for the sandbox (UUID).
        org_id: Organization ID that owns this sandbox (NULL = shared pool).
        vm_name: VM name (e.g., "sandbox-1").
        hostname: Human-readable hostname for display.
        sandbox_type: Type of sandbox (dedicated machine or container).
        host_identifier: Groups sandboxes running on the same physical host.
        tunnel_hostname: Cloudflare tunnel hostname for SSH access.
        status: Current sandbox state (available, claimed, maintenance, reserved).
        claimed_by: User ID of the developer who claimed this sandbox.
        claimed_at: Timestamp when the sandbox was claimed.
        ssh_user: SSH username for connections (default: revyl-admin).
        ssh_port: SSH port number (default: 22).
        specs: Hardware specifications (cpu_cores, memory_gb, chip).
        tags: Flexible labels for filtering (location, tier, etc.).
        created_at: When the sandbox was added to the pool.
        updated_at: Last modification timestamp.

        Attributes:
            id (str): Unique sandbox identifier (UUID)
            vm_name (str): VM name (e.g., 'sandbox-1')
            org_id (None | str | Unset): Organization ID (NULL = shared pool)
            hostname (None | str | Unset): Human-readable hostname
            sandbox_type (FleetSandboxSandboxType | str | Unset): Sandbox type (dedicated or container) Default:
                'dedicated'.
            host_identifier (None | str | Unset): Physical host grouping identifier
            tunnel_hostname (None | str | Unset): Cloudflare tunnel hostname for SSH
            status (FleetSandboxStatus | str | Unset): Current sandbox state Default: 'available'.
            claimed_by (None | str | Unset): User ID of claiming developer
            claimed_at (datetime.datetime | None | Unset): When sandbox was claimed
            ssh_user (str | Unset): SSH username Default: 'revyl-admin'.
            ssh_port (int | Unset): SSH port Default: 22.
            ssm_instance_id (None | str | Unset): AWS SSM managed instance ID for remote command execution
            specs (FleetSandboxSpecsType0 | None | Unset): Hardware specs (cpu_cores, memory_gb, chip)
            tags (FleetSandboxTagsType0 | None | Unset): Flexible labels for filtering
            created_at (datetime.datetime | None | Unset): Creation timestamp
            updated_at (datetime.datetime | None | Unset): Last update timestamp
    """

    id: str
    vm_name: str
    org_id: None | str | Unset = UNSET
    hostname: None | str | Unset = UNSET
    sandbox_type: FleetSandboxSandboxType | str | Unset = "dedicated"
    host_identifier: None | str | Unset = UNSET
    tunnel_hostname: None | str | Unset = UNSET
    status: FleetSandboxStatus | str | Unset = "available"
    claimed_by: None | str | Unset = UNSET
    claimed_at: datetime.datetime | None | Unset = UNSET
    ssh_user: str | Unset = "revyl-admin"
    ssh_port: int | Unset = 22
    ssm_instance_id: None | str | Unset = UNSET
    specs: FleetSandboxSpecsType0 | None | Unset = UNSET
    tags: FleetSandboxTagsType0 | None | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.fleet_sandbox_specs_type_0 import FleetSandboxSpecsType0  # noqa: PLC0415
        from ..models.fleet_sandbox_tags_type_0 import FleetSandboxTagsType0  # noqa: PLC0415

        id = self.id

        vm_name = self.vm_name

        org_id: None | str | Unset
        if isinstance(self.org_id, Unset):
            org_id = UNSET
        else:
            org_id = self.org_id

        hostname: None | str | Unset
        if isinstance(self.hostname, Unset):
            hostname = UNSET
        else:
            hostname = self.hostname

        sandbox_type: str | Unset
        if isinstance(self.sandbox_type, Unset):
            sandbox_type = UNSET
        elif isinstance(self.sandbox_type, str):
            sandbox_type = self.sandbox_type
        else:
            sandbox_type = self.sandbox_type

        host_identifier: None | str | Unset
        if isinstance(self.host_identifier, Unset):
            host_identifier = UNSET
        else:
            host_identifier = self.host_identifier

        tunnel_hostname: None | str | Unset
        if isinstance(self.tunnel_hostname, Unset):
            tunnel_hostname = UNSET
        else:
            tunnel_hostname = self.tunnel_hostname

        status: str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, str):
            status = self.status
        else:
            status = self.status

        claimed_by: None | str | Unset
        if isinstance(self.claimed_by, Unset):
            claimed_by = UNSET
        else:
            claimed_by = self.claimed_by

        claimed_at: None | str | Unset
        if isinstance(self.claimed_at, Unset):
            claimed_at = UNSET
        elif isinstance(self.claimed_at, datetime.datetime):
            claimed_at = self.claimed_at.isoformat()
        else:
            claimed_at = self.claimed_at

        ssh_user = self.ssh_user

        ssh_port = self.ssh_port

        ssm_instance_id: None | str | Unset
        if isinstance(self.ssm_instance_id, Unset):
            ssm_instance_id = UNSET
        else:
            ssm_instance_id = self.ssm_instance_id

        specs: dict[str, Any] | None | Unset
        if isinstance(self.specs, Unset):
            specs = UNSET
        elif isinstance(self.specs, FleetSandboxSpecsType0):
            specs = self.specs.to_dict()
        else:
            specs = self.specs

        tags: dict[str, Any] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, FleetSandboxTagsType0):
            tags = self.tags.to_dict()
        else:
            tags = self.tags

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "vm_name": vm_name,
            }
        )
        if org_id is not UNSET:
            field_dict["org_id"] = org_id
        if hostname is not UNSET:
            field_dict["hostname"] = hostname
        if sandbox_type is not UNSET:
            field_dict["sandbox_type"] = sandbox_type
        if host_identifier is not UNSET:
            field_dict["host_identifier"] = host_identifier
        if tunnel_hostname is not UNSET:
            field_dict["tunnel_hostname"] = tunnel_hostname
        if status is not UNSET:
            field_dict["status"] = status
        if claimed_by is not UNSET:
            field_dict["claimed_by"] = claimed_by
        if claimed_at is not UNSET:
            field_dict["claimed_at"] = claimed_at
        if ssh_user is not UNSET:
            field_dict["ssh_user"] = ssh_user
        if ssh_port is not UNSET:
            field_dict["ssh_port"] = ssh_port
        if ssm_instance_id is not UNSET:
            field_dict["ssm_instance_id"] = ssm_instance_id
        if specs is not UNSET:
            field_dict["specs"] = specs
        if tags is not UNSET:
            field_dict["tags"] = tags
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.fleet_sandbox_specs_type_0 import FleetSandboxSpecsType0  # noqa: PLC0415
        from ..models.fleet_sandbox_tags_type_0 import FleetSandboxTagsType0  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        vm_name = d.pop("vm_name")

        def _parse_org_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        org_id = _parse_org_id(d.pop("org_id", UNSET))

        def _parse_hostname(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        hostname = _parse_hostname(d.pop("hostname", UNSET))

        def _parse_sandbox_type(data: object) -> FleetSandboxSandboxType | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                sandbox_type_type_0 = check_fleet_sandbox_sandbox_type(data)

                return sandbox_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FleetSandboxSandboxType | str | Unset, data)

        sandbox_type = _parse_sandbox_type(d.pop("sandbox_type", UNSET))

        def _parse_host_identifier(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        host_identifier = _parse_host_identifier(d.pop("host_identifier", UNSET))

        def _parse_tunnel_hostname(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tunnel_hostname = _parse_tunnel_hostname(d.pop("tunnel_hostname", UNSET))

        def _parse_status(data: object) -> FleetSandboxStatus | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = check_fleet_sandbox_status(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FleetSandboxStatus | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_claimed_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        claimed_by = _parse_claimed_by(d.pop("claimed_by", UNSET))

        def _parse_claimed_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                claimed_at_type_0 = datetime.datetime.fromisoformat(data)

                return claimed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        claimed_at = _parse_claimed_at(d.pop("claimed_at", UNSET))

        ssh_user = d.pop("ssh_user", UNSET)

        ssh_port = d.pop("ssh_port", UNSET)

        def _parse_ssm_instance_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ssm_instance_id = _parse_ssm_instance_id(d.pop("ssm_instance_id", UNSET))

        def _parse_specs(data: object) -> FleetSandboxSpecsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                specs_type_0 = FleetSandboxSpecsType0.from_dict(data)

                return specs_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FleetSandboxSpecsType0 | None | Unset, data)

        specs = _parse_specs(d.pop("specs", UNSET))

        def _parse_tags(data: object) -> FleetSandboxTagsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tags_type_0 = FleetSandboxTagsType0.from_dict(data)

                return tags_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FleetSandboxTagsType0 | None | Unset, data)

        tags = _parse_tags(d.pop("tags", UNSET))

        def _parse_created_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_at_type_0 = datetime.datetime.fromisoformat(data)

                return created_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        def _parse_updated_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                updated_at_type_0 = datetime.datetime.fromisoformat(data)

                return updated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        updated_at = _parse_updated_at(d.pop("updated_at", UNSET))

        fleet_sandbox = cls(
            id=id,
            vm_name=vm_name,
            org_id=org_id,
            hostname=hostname,
            sandbox_type=sandbox_type,
            host_identifier=host_identifier,
            tunnel_hostname=tunnel_hostname,
            status=status,
            claimed_by=claimed_by,
            claimed_at=claimed_at,
            ssh_user=ssh_user,
            ssh_port=ssh_port,
            ssm_instance_id=ssm_instance_id,
            specs=specs,
            tags=tags,
            created_at=created_at,
            updated_at=updated_at,
        )

        fleet_sandbox.additional_properties = d
        return fleet_sandbox

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
