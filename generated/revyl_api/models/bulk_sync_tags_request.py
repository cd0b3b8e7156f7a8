from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BulkSyncTagsRequest")


@_attrs_define
class BulkSyncTagsRequest:
    """Request to bulk sync tags for multiple tests.

    Attributes:
        test_ids (list[str]):
        tags_to_add (list[str] | Unset):
        tags_to_remove (list[str] | Unset):
    """

    test_ids: list[str]
    tags_to_add: list[str] | Unset = UNSET
    tags_to_remove: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        test_ids = self.test_ids

        tags_to_add: list[str] | Unset = UNSET
        if not isinstance(self.tags_to_add, Unset):
            tags_to_add = self.tags_to_add

        tags_to_remove: list[str] | Unset = UNSET
        if not isinstance(self.tags_to_remove, Unset):
            tags_to_remove = self.tags_to_remove

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "test_ids": test_ids,
            }
        )
        if tags_to_add is not UNSET:
            field_dict["tags_to_add"] = tags_to_add
        if tags_to_remove is not UNSET:
            field_dict["tags_to_remove"] = tags_to_remove

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        test_ids = cast(list[str], d.pop("test_ids"))

        tags_to_add = cast(list[str], d.pop("tags_to_add", UNSET))

        tags_to_remove = cast(list[str], d.pop("tags_to_remove", UNSET))

        bulk_sync_tags_request = cls(
            test_ids=test_ids,
            tags_to_add=tags_to_add,
            tags_to_remove=tags_to_remove,
        )

        bulk_sync_tags_request.additional_properties = d
        return bulk_sync_tags_request

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
