from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TestHealthTimePoint")


@_attrs_define
class TestHealthTimePoint:
    """A single data point for test health over time.

    Attributes:
        date (str): Date string (e.g., 'Jan 5' or '2024-01-05')
        passing (int): Number of passing tests at this point
        failing (int): Number of failing tests at this point
    """

    date: str
    passing: int
    failing: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        date = self.date

        passing = self.passing

        failing = self.failing

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "date": date,
                "passing": passing,
                "failing": failing,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        date = d.pop("date")

        passing = d.pop("passing")

        failing = d.pop("failing")

        test_health_time_point = cls(
            date=date,
            passing=passing,
            failing=failing,
        )

        test_health_time_point.additional_properties = d
        return test_health_time_point

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
