from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ShareableReportResponse")


@_attrs_define
class ShareableReportResponse:
    """Response model for generate_shareable_report_link endpoint.

    Example:
        {'shareable_link': 'https://app.revyl.ai/tests/report?token=uuid-token-here'}

    Attributes:
        shareable_link (str): Generated shareable link for the report
    """

    shareable_link: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        shareable_link = self.shareable_link

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "shareable_link": shareable_link,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        shareable_link = d.pop("shareable_link")

        shareable_report_response = cls(
            shareable_link=shareable_link,
        )

        shareable_report_response.additional_properties = d
        return shareable_report_response

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
