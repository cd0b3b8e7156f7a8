from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ChartDataPoint")


@_attrs_define
class ChartDataPoint:
    """Daily aggregated chart data point.

    Attributes:
        date (str): Date in YYYY-MM-DD format
        passed (int): Number of passed tests on this date
        failed (int): Number of failed tests on this date
        total (int): Total number of tests on this date
        success_rate (float): Success rate as percentage (0-100)
        avg_duration (int | None | Unset): Average execution duration in seconds for this date
    """

    date: str
    passed: int
    failed: int
    total: int
    success_rate: float
    avg_duration: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        date = self.date

        passed = self.passed

        failed = self.failed

        total = self.total

        success_rate = self.success_rate

        avg_duration: int | None | Unset
        if isinstance(self.avg_duration, Unset):
            avg_duration = UNSET
        else:
            avg_duration = self.avg_duration

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "date": date,
                "passed": passed,
                "failed": failed,
                "total": total,
                "success_rate": success_rate,
            }
        )
        if avg_duration is not UNSET:
            field_dict["avg_duration"] = avg_duration

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        date = d.pop("date")

        passed = d.pop("passed")

        failed = d.pop("failed")

        total = d.pop("total")

        success_rate = d.pop("success_rate")

        def _parse_avg_duration(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        avg_duration = _parse_avg_duration(d.pop("avg_duration", UNSET))

        chart_data_point = cls(
            date=date,
            passed=passed,
            failed=failed,
            total=total,
            success_rate=success_rate,
            avg_duration=avg_duration,
        )

        chart_data_point.additional_properties = d
        return chart_data_point

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
