from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FleetTunnel")


@_attrs_define
class FleetTunnel:
    """Represents an active Cloudflare tunnel on a sandbox.

    Tunnels provide temporary public URLs for accessing services
    running on sandboxes (e.g., frontend dev server, API).

    Attributes:
        port: Local port being tunneled.
        url: Public Cloudflare tunnel URL.
        pid: Process ID of the cloudflared process.
        branch: Optional worktree branch associated with this tunnel.
        sandbox_name: Name of the sandbox hosting this tunnel.
        service_name: Human-readable service name (e.g., "frontend", "backend").

        Attributes:
            port (int): Local port being tunneled
            url (str): Public tunnel URL
            pid (int): cloudflared process ID
            branch (None | str | Unset): Associated worktree branch
            sandbox_name (None | str | Unset): Sandbox VM name
            service_name (None | str | Unset): Service name
    """

    port: int
    url: str
    pid: int
    branch: None | str | Unset = UNSET
    sandbox_name: None | str | Unset = UNSET
    service_name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        port = self.port

        url = self.url

        pid = self.pid

        branch: None | str | Unset
        if isinstance(self.branch, Unset):
            branch = UNSET
        else:
            branch = self.branch

        sandbox_name: None | str | Unset
        if isinstance(self.sandbox_name, Unset):
            sandbox_name = UNSET
        else:
            sandbox_name = self.sandbox_name

        service_name: None | str | Unset
        if isinstance(self.service_name, Unset):
            service_name = UNSET
        else:
            service_name = self.service_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "port": port,
                "url": url,
                "pid": pid,
            }
        )
        if branch is not UNSET:
            field_dict["branch"] = branch
        if sandbox_name is not UNSET:
            field_dict["sandbox_name"] = sandbox_name
        if service_name is not UNSET:
            field_dict["service_name"] = service_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        port = d.pop("port")

        url = d.pop("url")

        pid = d.pop("pid")

        def _parse_branch(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        branch = _parse_branch(d.pop("branch", UNSET))

        def _parse_sandbox_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sandbox_name = _parse_sandbox_name(d.pop("sandbox_name", UNSET))

        def _parse_service_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        service_name = _parse_service_name(d.pop("service_name", UNSET))

        fleet_tunnel = cls(
            port=port,
            url=url,
            pid=pid,
            branch=branch,
            sandbox_name=sandbox_name,
            service_name=service_name,
        )

        fleet_tunnel.additional_properties = d
        return fleet_tunnel

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
