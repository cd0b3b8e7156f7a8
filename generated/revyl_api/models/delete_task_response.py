from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DeleteTaskResponse")


@_attrs_define
class DeleteTaskResponse:
    """Response after deleting tasks.

    Attributes:
        deleted_count (int):
        failed_count (int):
        message (str):
        failed_task_ids (list[str] | Unset):
    """

    deleted_count: int
    failed_count: int
    message: str
    failed_task_ids: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        deleted_count = self.deleted_count

        failed_count = self.failed_count

        message = self.message

        failed_task_ids: list[str] | Unset = UNSET
        if not isinstance(self.failed_task_ids, Unset):
            failed_task_ids = self.failed_task_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "deleted_count": deleted_count,
                "failed_count": failed_count,
                "message": message,
            }
        )
        if failed_task_ids is not UNSET:
            field_dict["failed_task_ids"] = failed_task_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        deleted_count = d.pop("deleted_count")

        failed_count = d.pop("failed_count")

        message = d.pop("message")

        failed_task_ids = cast(list[str], d.pop("failed_task_ids", UNSET))

        delete_task_response = cls(
            deleted_count=deleted_count,
            failed_count=failed_count,
            message=message,
            failed_task_ids=failed_task_ids,
        )

        delete_task_response.additional_properties = d
        return delete_task_response

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
