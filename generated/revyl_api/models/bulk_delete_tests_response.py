from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BulkDeleteTestsResponse")


@_attrs_define
class BulkDeleteTestsResponse:
    """Response model for bulk test deletion.

    Attributes:
        success_count (int): Number of tests successfully deleted
        error_count (int): Number of tests that failed to delete
        deleted_ids (list[str] | Unset): List of successfully deleted test IDs
        failed_ids (list[str] | Unset): List of test IDs that failed to delete
    """

    success_count: int
    error_count: int
    deleted_ids: list[str] | Unset = UNSET
    failed_ids: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success_count = self.success_count

        error_count = self.error_count

        deleted_ids: list[str] | Unset = UNSET
        if not isinstance(self.deleted_ids, Unset):
            deleted_ids = self.deleted_ids

        failed_ids: list[str] | Unset = UNSET
        if not isinstance(self.failed_ids, Unset):
            failed_ids = self.failed_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success_count": success_count,
                "error_count": error_count,
            }
        )
        if deleted_ids is not UNSET:
            field_dict["deleted_ids"] = deleted_ids
        if failed_ids is not UNSET:
            field_dict["failed_ids"] = failed_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        success_count = d.pop("success_count")

        error_count = d.pop("error_count")

        deleted_ids = cast(list[str], d.pop("deleted_ids", UNSET))

        failed_ids = cast(list[str], d.pop("failed_ids", UNSET))

        bulk_delete_tests_response = cls(
            success_count=success_count,
            error_count=error_count,
            deleted_ids=deleted_ids,
            failed_ids=failed_ids,
        )

        bulk_delete_tests_response.additional_properties = d
        return bulk_delete_tests_response

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
