from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AppExecutionTrendPoint")


@_attrs_define
class AppExecutionTrendPoint:
    """
    Attributes:
        date (str):
        executions (int | Unset):  Default: 0.
        passed (int | Unset):  Default: 0.
        failed (int | Unset):  Default: 0.
    """

    date: str
    executions: int | Unset = 0
    passed: int | Unset = 0
    failed: int | Unset = 0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        date = self.date

        executions = self.executions

        passed = self.passed

        failed = self.failed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "date": date,
            }
        )
        if executions is not UNSET:
            field_dict["executions"] = executions
        if passed is not UNSET:
            field_dict["passed"] = passed
        if failed is not UNSET:
            field_dict["failed"] = failed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        date = d.pop("date")

        executions = d.pop("executions", UNSET)

        passed = d.pop("passed", UNSET)

        failed = d.pop("failed", UNSET)

        app_execution_trend_point = cls(
            date=date,
            executions=executions,
            passed=passed,
            failed=failed,
        )

        app_execution_trend_point.additional_properties = d
        return app_execution_trend_point

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
