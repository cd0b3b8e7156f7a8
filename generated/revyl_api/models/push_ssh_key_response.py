from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PushSSHKeyResponse")


@_attrs_define
class PushSSHKeyResponse:
    """Response from pushing an SSH key to a sandbox.

    Attributes:
        success: Whether the key was successfully added.
        message: Human-readable status message.
        already_exists: Whether the key was already present.

        Attributes:
            success (bool): Whether key push succeeded
            message (str): Status message
            already_exists (bool | Unset): Whether key was already present Default: False.
    """

    success: bool
    message: str
    already_exists: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        message = self.message

        already_exists = self.already_exists

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "message": message,
            }
        )
        if already_exists is not UNSET:
            field_dict["already_exists"] = already_exists

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        success = d.pop("success")

        message = d.pop("message")

        already_exists = d.pop("already_exists", UNSET)

        push_ssh_key_response = cls(
            success=success,
            message=message,
            already_exists=already_exists,
        )

        push_ssh_key_response.additional_properties = d
        return push_ssh_key_response

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
