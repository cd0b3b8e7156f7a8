from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.test_enhanced_history_item import TestEnhancedHistoryItem


T = TypeVar("T", bound="TestEnhancedHistoryResponse")


@_attrs_define
class TestEnhancedHistoryResponse:
    """Response for test enhanced history endpoint

    Attributes:
        items (list[TestEnhancedHistoryItem]):
        total_count (int):
        requested_count (int):
        found_count (int):
    """

    items: list[TestEnhancedHistoryItem]
    total_count: int
    requested_count: int
    found_count: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        total_count = self.total_count

        requested_count = self.requested_count

        found_count = self.found_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "items": items,
                "total_count": total_count,
                "requested_count": requested_count,
                "found_count": found_count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.test_enhanced_history_item import TestEnhancedHistoryItem  # noqa: PLC0415

        d = dict(src_dict)
        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = TestEnhancedHistoryItem.from_dict(items_item_data)

            items.append(items_item)

        total_count = d.pop("total_count")

        requested_count = d.pop("requested_count")

        found_count = d.pop("found_count")

        test_enhanced_history_response = cls(
            items=items,
            total_count=total_count,
            requested_count=requested_count,
            found_count=found_count,
        )

        test_enhanced_history_response.additional_properties = d
        return test_enhanced_history_response

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
