from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DeleteAppResponse")


@_attrs_define
class DeleteAppResponse:
    """Response after deleting an app.

    Attributes:
        message (str):
        detached_tests (int | Unset): Number of tests that were detached from this app Default: 0.
    """

    message: str
    detached_tests: int | Unset = 0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        detached_tests = self.detached_tests

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
            }
        )
        if detached_tests is not UNSET:
            field_dict["detached_tests"] = detached_tests

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        message = d.pop("message")

        detached_tests = d.pop("detached_tests", UNSET)

        delete_app_response = cls(
            message=message,
            detached_tests=detached_tests,
        )

        delete_app_response.additional_properties = d
        return delete_app_response

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
