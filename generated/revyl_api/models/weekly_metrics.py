from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WeeklyMetrics")


@_attrs_define
class WeeklyMetrics:
    """Weekly metrics for workflow performance.

    Attributes:
        total_executions (float | Unset): Total workflow executions in the period Default: 0.0.
        successful_runs (float | Unset): Number of successful workflow runs Default: 0.0.
        failed_runs (float | Unset): Number of failed workflow runs Default: 0.0.
        avg_success_rate (float | Unset): Average test success rate as percentage Default: 0.0.
    """

    total_executions: float | Unset = 0.0
    successful_runs: float | Unset = 0.0
    failed_runs: float | Unset = 0.0
    avg_success_rate: float | Unset = 0.0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_executions = self.total_executions

        successful_runs = self.successful_runs

        failed_runs = self.failed_runs

        avg_success_rate = self.avg_success_rate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total_executions is not UNSET:
            field_dict["total_executions"] = total_executions
        if successful_runs is not UNSET:
            field_dict["successful_runs"] = successful_runs
        if failed_runs is not UNSET:
            field_dict["failed_runs"] = failed_runs
        if avg_success_rate is not UNSET:
            field_dict["avg_success_rate"] = avg_success_rate

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        total_executions = d.pop("total_executions", UNSET)

        successful_runs = d.pop("successful_runs", UNSET)

        failed_runs = d.pop("failed_runs", UNSET)

        avg_success_rate = d.pop("avg_success_rate", UNSET)

        weekly_metrics = cls(
            total_executions=total_executions,
            successful_runs=successful_runs,
            failed_runs=failed_runs,
            avg_success_rate=avg_success_rate,
        )

        weekly_metrics.additional_properties = d
        return weekly_metrics

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
