from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.register_sandbox_request_db_env_type_0 import (
    RegisterSandboxRequestDbEnvType0,
    check_register_sandbox_request_db_env_type_0,
)
from ..models.register_sandbox_request_status import RegisterSandboxRequestStatus, check_register_sandbox_request_status
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.register_sandbox_request_specs_type_0 import RegisterSandboxRequestSpecsType0
    from ..models.register_sandbox_request_tags_type_0 import RegisterSandboxRequestTagsType0


T = TypeVar("T", bound="RegisterSandboxRequest")


@_attrs_define
class RegisterSandboxRequest:
    """Request payload for registering (upserting) a sandbox during provisioning.

    Called by the fleet CLI or Ansible playbook after provisioning a Mac.
    Upserts into fleet_sandboxes by vm_name so the sandbox is discoverable
    by the developer CLI and FleetDashboard.

    Attributes:
        vm_name: Unique VM name (e.g., "Revyl-Mac-mini-W641QMFKQR").
        hostname: mDNS hostname (e.g., "Revyl-Mac-mini-W641QMFKQR.local").
        org_id: Organization ID to reserve this sandbox for. If set, only
            users from this org can claim it. NULL means shared pool.
        tunnel_hostname: Cloudflare tunnel hostname for SSH access.
        ssh_user: SSH username for connections (default: revyl-admin).
        ssh_port: SSH port number (default: 22).
        status: Initial sandbox status (default: available).
        specs: Hardware specifications (cpu_cores, memory_gb, chip).
        tags: Flexible labels for filtering (location, tier, etc.).
        db_env: Target database environment override. When set, the backend
            routes the registration to the specified Supabase instance
            instead of the backend's default. Use "staging" for internal
            sandboxes and "production" for external/customer sandboxes.

        Attributes:
            vm_name (str): Unique VM name (e.g., 'Revyl-Mac-mini-W641QMFKQR')
            org_id (None | str | Unset): Organization ID to reserve this sandbox for. If set, only users from this org can
                claim it. NULL means shared pool (available to all orgs).
            hostname (None | str | Unset): mDNS hostname
            tunnel_hostname (None | str | Unset): Cloudflare tunnel hostname for SSH
            ssh_user (str | Unset): SSH username Default: 'revyl-admin'.
            ssh_port (int | Unset): SSH port Default: 22.
            ssm_instance_id (None | str | Unset): AWS SSM managed instance ID (e.g., mi-0123...) for remote command
                execution
            status (RegisterSandboxRequestStatus | Unset): Initial sandbox status Default: 'available'.
            specs (None | RegisterSandboxRequestSpecsType0 | Unset): Hardware specs (cpu_cores, memory_gb, chip)
            tags (None | RegisterSandboxRequestTagsType0 | Unset): Flexible labels for filtering
            db_env (None | RegisterSandboxRequestDbEnvType0 | Unset): Target database environment override. If not
                specified, uses the backend's configured default.
    """

    vm_name: str
    org_id: None | str | Unset = UNSET
    hostname: None | str | Unset = UNSET
    tunnel_hostname: None | str | Unset = UNSET
    ssh_user: str | Unset = "revyl-admin"
    ssh_port: int | Unset = 22
    ssm_instance_id: None | str | Unset = UNSET
    status: RegisterSandboxRequestStatus | Unset = "available"
    specs: None | RegisterSandboxRequestSpecsType0 | Unset = UNSET
    tags: None | RegisterSandboxRequestTagsType0 | Unset = UNSET
    db_env: None | RegisterSandboxRequestDbEnvType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.register_sandbox_request_specs_type_0 import RegisterSandboxRequestSpecsType0  # noqa: PLC0415
        from ..models.register_sandbox_request_tags_type_0 import RegisterSandboxRequestTagsType0  # noqa: PLC0415

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

        tunnel_hostname: None | str | Unset
        if isinstance(self.tunnel_hostname, Unset):
            tunnel_hostname = UNSET
        else:
            tunnel_hostname = self.tunnel_hostname

        ssh_user = self.ssh_user

        ssh_port = self.ssh_port

        ssm_instance_id: None | str | Unset
        if isinstance(self.ssm_instance_id, Unset):
            ssm_instance_id = UNSET
        else:
            ssm_instance_id = self.ssm_instance_id

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        specs: dict[str, Any] | None | Unset
        if isinstance(self.specs, Unset):
            specs = UNSET
        elif isinstance(self.specs, RegisterSandboxRequestSpecsType0):
            specs = self.specs.to_dict()
        else:
            specs = self.specs

        tags: dict[str, Any] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, RegisterSandboxRequestTagsType0):
            tags = self.tags.to_dict()
        else:
            tags = self.tags

        db_env: None | str | Unset
        if isinstance(self.db_env, Unset):
            db_env = UNSET
        elif isinstance(self.db_env, str):
            db_env = self.db_env
        else:
            db_env = self.db_env

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "vm_name": vm_name,
            }
        )
        if org_id is not UNSET:
            field_dict["org_id"] = org_id
        if hostname is not UNSET:
            field_dict["hostname"] = hostname
        if tunnel_hostname is not UNSET:
            field_dict["tunnel_hostname"] = tunnel_hostname
        if ssh_user is not UNSET:
            field_dict["ssh_user"] = ssh_user
        if ssh_port is not UNSET:
            field_dict["ssh_port"] = ssh_port
        if ssm_instance_id is not UNSET:
            field_dict["ssm_instance_id"] = ssm_instance_id
        if status is not UNSET:
            field_dict["status"] = status
        if specs is not UNSET:
            field_dict["specs"] = specs
        if tags is not UNSET:
            field_dict["tags"] = tags
        if db_env is not UNSET:
            field_dict["db_env"] = db_env

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.register_sandbox_request_specs_type_0 import RegisterSandboxRequestSpecsType0  # noqa: PLC0415
        from ..models.register_sandbox_request_tags_type_0 import RegisterSandboxRequestTagsType0  # noqa: PLC0415

        d = dict(src_dict)
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

        def _parse_tunnel_hostname(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tunnel_hostname = _parse_tunnel_hostname(d.pop("tunnel_hostname", UNSET))

        ssh_user = d.pop("ssh_user", UNSET)

        ssh_port = d.pop("ssh_port", UNSET)

        def _parse_ssm_instance_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ssm_instance_id = _parse_ssm_instance_id(d.pop("ssm_instance_id", UNSET))

        _status = d.pop("status", UNSET)
        status: RegisterSandboxRequestStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_register_sandbox_request_status(_status)

        def _parse_specs(data: object) -> None | RegisterSandboxRequestSpecsType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                specs_type_0 = RegisterSandboxRequestSpecsType0.from_dict(data)

                return specs_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RegisterSandboxRequestSpecsType0 | Unset, data)

        specs = _parse_specs(d.pop("specs", UNSET))

        def _parse_tags(data: object) -> None | RegisterSandboxRequestTagsType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tags_type_0 = RegisterSandboxRequestTagsType0.from_dict(data)

                return tags_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RegisterSandboxRequestTagsType0 | Unset, data)

        tags = _parse_tags(d.pop("tags", UNSET))

        def _parse_db_env(data: object) -> None | RegisterSandboxRequestDbEnvType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                db_env_type_0 = check_register_sandbox_request_db_env_type_0(data)

                return db_env_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RegisterSandboxRequestDbEnvType0 | Unset, data)

        db_env = _parse_db_env(d.pop("db_env", UNSET))

        register_sandbox_request = cls(
            vm_name=vm_name,
            org_id=org_id,
            hostname=hostname,
            tunnel_hostname=tunnel_hostname,
            ssh_user=ssh_user,
            ssh_port=ssh_port,
            ssm_instance_id=ssm_instance_id,
            status=status,
            specs=specs,
            tags=tags,
            db_env=db_env,
        )

        register_sandbox_request.additional_properties = d
        return register_sandbox_request

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
