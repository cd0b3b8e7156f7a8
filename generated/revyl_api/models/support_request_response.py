from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SupportRequestResponse")


@_attrs_define
class SupportRequestResponse:
    """
    Attributes:
        sent (bool):
        attachments_uploaded (bool | Unset):  Default: True.
    """

    sent: bool
    attachments_uploaded: bool | Unset = True
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sent = self.sent

        attachments_uploaded = self.attachments_uploaded

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sent": sent,
            }
        )
        if attachments_uploaded is not UNSET:
            field_dict["attachments_uploaded"] = attachments_uploaded

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        sent = d.pop("sent")

        attachments_uploaded = d.pop("attachments_uploaded", UNSET)

        support_request_response = cls(
            sent=sent,
            attachments_uploaded=attachments_uploaded,
        )

        support_request_response.additional_properties = d
        return support_request_response

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
