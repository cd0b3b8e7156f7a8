from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.daily_usage_item import DailyUsageItem


T = TypeVar("T", bound="DailyUsageResponse")


@_attrs_define
class DailyUsageResponse:
    """
    Attributes:
        data_points (list[DailyUsageItem]):
    """

    data_points: list[DailyUsageItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data_points = []
        for data_points_item_data in self.data_points:
            data_points_item = data_points_item_data.to_dict()
            data_points.append(data_points_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data_points": data_points,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.daily_usage_item import DailyUsageItem  # noqa: PLC0415

        d = dict(src_dict)
        data_points = []
        _data_points = d.pop("data_points")
        for data_points_item_data in _data_points:
            data_points_item = DailyUsageItem.from_dict(data_points_item_data)

            data_points.append(data_points_item)

        daily_usage_response = cls(
            data_points=data_points,
        )

        daily_usage_response.additional_properties = d
        return daily_usage_response

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
