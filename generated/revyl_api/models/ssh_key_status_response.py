from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SSHKeyStatusResponse")


@_attrs_define
class SSHKeyStatusResponse:
    """Response from checking SSH key status on a sandbox.

    Attributes:
        configured: Whether an SSH key is configured for the user.
        key_fingerprint: Fingerprint of the configured key (if any).
        sandbox_reachable: Whether the sandbox is reachable via SSH.

        Attributes:
            configured (bool): Whether SSH key is configured
            key_fingerprint (None | str | Unset): Key fingerprint if configured
            sandbox_reachable (bool | Unset): Whether sandbox is reachable Default: False.
    """

    configured: bool
    key_fingerprint: None | str | Unset = UNSET
    sandbox_reachable: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        configured = self.configured

        key_fingerprint: None | str | Unset
        if isinstance(self.key_fingerprint, Unset):
            key_fingerprint = UNSET
        else:
            key_fingerprint = self.key_fingerprint

        sandbox_reachable = self.sandbox_reachable

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "configured": configured,
            }
        )
        if key_fingerprint is not UNSET:
            field_dict["key_fingerprint"] = key_fingerprint
        if sandbox_reachable is not UNSET:
            field_dict["sandbox_reachable"] = sandbox_reachable

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        configured = d.pop("configured")

        def _parse_key_fingerprint(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        key_fingerprint = _parse_key_fingerprint(d.pop("key_fingerprint", UNSET))

        sandbox_reachable = d.pop("sandbox_reachable", UNSET)

        ssh_key_status_response = cls(
            configured=configured,
            key_fingerprint=key_fingerprint,
            sandbox_reachable=sandbox_reachable,
        )

        ssh_key_status_response.additional_properties = d
        return ssh_key_status_response

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
