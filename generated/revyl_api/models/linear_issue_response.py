from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LinearIssueResponse")


@_attrs_define
class LinearIssueResponse:
    """
    Attributes:
        issue_id (str):
        identifier (str):
        url (str):
        screenshot_attached (bool | Unset):  Default: False.
    """

    issue_id: str
    identifier: str
    url: str
    screenshot_attached: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        issue_id = self.issue_id

        identifier = self.identifier

        url = self.url

        screenshot_attached = self.screenshot_attached

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "issue_id": issue_id,
                "identifier": identifier,
                "url": url,
            }
        )
        if screenshot_attached is not UNSET:
            field_dict["screenshot_attached"] = screenshot_attached

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        issue_id = d.pop("issue_id")

        identifier = d.pop("identifier")

        url = d.pop("url")

        screenshot_attached = d.pop("screenshot_attached", UNSET)

        linear_issue_response = cls(
            issue_id=issue_id,
            identifier=identifier,
            url=url,
            screenshot_attached=screenshot_attached,
        )

        linear_issue_response.additional_properties = d
        return linear_issue_response

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
