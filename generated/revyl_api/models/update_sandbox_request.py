from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.update_sandbox_request_status_type_0 import (
    UpdateSandboxRequestStatusType0,
    check_update_sandbox_request_status_type_0,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.update_sandbox_request_specs_type_0 import UpdateSandboxRequestSpecsType0
    from ..models.update_sandbox_request_tags_type_0 import UpdateSandboxRequestTagsType0


T = TypeVar("T", bound="UpdateSandboxRequest")


@_attrs_define
class UpdateSandboxRequest:
    """Request payload for updating sandbox properties (admin only).

    All fields are optional - only provided fields will be updated.

    Attributes:
        org_id: Organization ID to assign this sandbox to. Set to empty string
            to clear (move to shared pool). Admin only.
        tunnel_hostname: Cloudflare tunnel hostname for SSH access.
        status: Sandbox status (available, claimed, maintenance, reserved).
        ssh_user: SSH username for connections.
        ssh_port: SSH port number.
        specs: Hardware specifications.
        tags: Flexible labels for filtering.

        Attributes:
            org_id (None | str | Unset): Organization ID to assign this sandbox to. Set to empty string to clear (move to
                shared pool). Admin only.
            tunnel_hostname (None | str | Unset): Cloudflare tunnel hostname for SSH
            status (None | Unset | UpdateSandboxRequestStatusType0): Sandbox status
            ssh_user (None | str | Unset): SSH username
            ssh_port (int | None | Unset): SSH port
            specs (None | Unset | UpdateSandboxRequestSpecsType0): Hardware specs
            tags (None | Unset | UpdateSandboxRequestTagsType0): Flexible labels
    """

    org_id: None | str | Unset = UNSET
    tunnel_hostname: None | str | Unset = UNSET
    status: None | Unset | UpdateSandboxRequestStatusType0 = UNSET
    ssh_user: None | str | Unset = UNSET
    ssh_port: int | None | Unset = UNSET
    specs: None | Unset | UpdateSandboxRequestSpecsType0 = UNSET
    tags: None | Unset | UpdateSandboxRequestTagsType0 = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.update_sandbox_request_specs_type_0 import UpdateSandboxRequestSpecsType0  # noqa: PLC0415
        from ..models.update_sandbox_request_tags_type_0 import UpdateSandboxRequestTagsType0  # noqa: PLC0415

        org_id: None | str | Unset
        if isinstance(self.org_id, Unset):
            org_id = UNSET
        else:
            org_id = self.org_id

        tunnel_hostname: None | str | Unset
        if isinstance(self.tunnel_hostname, Unset):
            tunnel_hostname = UNSET
        else:
            tunnel_hostname = self.tunnel_hostname

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, str):
            status = self.status
        else:
            status = self.status

        ssh_user: None | str | Unset
        if isinstance(self.ssh_user, Unset):
            ssh_user = UNSET
        else:
            ssh_user = self.ssh_user

        ssh_port: int | None | Unset
        if isinstance(self.ssh_port, Unset):
            ssh_port = UNSET
        else:
            ssh_port = self.ssh_port

        specs: dict[str, Any] | None | Unset
        if isinstance(self.specs, Unset):
            specs = UNSET
        elif isinstance(self.specs, UpdateSandboxRequestSpecsType0):
            specs = self.specs.to_dict()
        else:
            specs = self.specs

        tags: dict[str, Any] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, UpdateSandboxRequestTagsType0):
            tags = self.tags.to_dict()
        else:
            tags = self.tags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if org_id is not UNSET:
            field_dict["org_id"] = org_id
        if tunnel_hostname is not UNSET:
            field_dict["tunnel_hostname"] = tunnel_hostname
        if status is not UNSET:
            field_dict["status"] = status
        if ssh_user is not UNSET:
            field_dict["ssh_user"] = ssh_user
        if ssh_port is not UNSET:
            field_dict["ssh_port"] = ssh_port
        if specs is not UNSET:
            field_dict["specs"] = specs
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.update_sandbox_request_specs_type_0 import UpdateSandboxRequestSpecsType0  # noqa: PLC0415
        from ..models.update_sandbox_request_tags_type_0 import UpdateSandboxRequestTagsType0  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_org_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        org_id = _parse_org_id(d.pop("org_id", UNSET))

        def _parse_tunnel_hostname(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tunnel_hostname = _parse_tunnel_hostname(d.pop("tunnel_hostname", UNSET))

        def _parse_status(data: object) -> None | Unset | UpdateSandboxRequestStatusType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = check_update_sandbox_request_status_type_0(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UpdateSandboxRequestStatusType0, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_ssh_user(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ssh_user = _parse_ssh_user(d.pop("ssh_user", UNSET))

        def _parse_ssh_port(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        ssh_port = _parse_ssh_port(d.pop("ssh_port", UNSET))

        def _parse_specs(data: object) -> None | Unset | UpdateSandboxRequestSpecsType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                specs_type_0 = UpdateSandboxRequestSpecsType0.from_dict(data)

                return specs_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UpdateSandboxRequestSpecsType0, data)

        specs = _parse_specs(d.pop("specs", UNSET))

        def _parse_tags(data: object) -> None | Unset | UpdateSandboxRequestTagsType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tags_type_0 = UpdateSandboxRequestTagsType0.from_dict(data)

                return tags_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UpdateSandboxRequestTagsType0, data)

        tags = _parse_tags(d.pop("tags", UNSET))

        update_sandbox_request = cls(
            org_id=org_id,
            tunnel_hostname=tunnel_hostname,
            status=status,
            ssh_user=ssh_user,
            ssh_port=ssh_port,
            specs=specs,
            tags=tags,
        )

        update_sandbox_request.additional_properties = d
        return update_sandbox_request

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
