from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.test_health_time_point import TestHealthTimePoint


T = TypeVar("T", bound="TestHealthTimeSeries")


@_attrs_define
class TestHealthTimeSeries:
    """Time series data for test health graph showing passing/failing trends.

    Attributes:
        data_points (list[TestHealthTimePoint]): List of time points with passing/failing counts
        total_passing (int): Current total passing tests
        total_failing (int): Current total failing tests
    """

    data_points: list[TestHealthTimePoint]
    total_passing: int
    total_failing: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data_points = []
        for data_points_item_data in self.data_points:
            data_points_item = data_points_item_data.to_dict()
            data_points.append(data_points_item)

        total_passing = self.total_passing

        total_failing = self.total_failing

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data_points": data_points,
                "total_passing": total_passing,
                "total_failing": total_failing,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.test_health_time_point import TestHealthTimePoint  # noqa: PLC0415

        d = dict(src_dict)
        data_points = []
        _data_points = d.pop("data_points")
        for data_points_item_data in _data_points:
            data_points_item = TestHealthTimePoint.from_dict(data_points_item_data)

            data_points.append(data_points_item)

        total_passing = d.pop("total_passing")

        total_failing = d.pop("total_failing")

        test_health_time_series = cls(
            data_points=data_points,
            total_passing=total_passing,
            total_failing=total_failing,
        )

        test_health_time_series.additional_properties = d
        return test_health_time_series

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
