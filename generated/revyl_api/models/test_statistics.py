from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TestStatistics")


@_attrs_define
class TestStatistics:
    """Model representing test execution statistics for a user.

    Attributes:
        user_id (UUID): Unique identifier of the user
        test_history_count (int): Total number of test executions
        success_count (int): Number of successful test executions
        failure_count (int): Number of failed test executions
        success_rate (float): Percentage of successful test executions
        average_duration (float | None): Average duration of test executions
        currently_failing (int): Number of currently failing tests
        test_history_count_wow (float | None | Unset): Week-over-week percentage change in test executions (positive =
            increase)
        currently_failing_wow (float | None | Unset): Week-over-week percentage change in failing tests (positive =
            increase)
        average_duration_wow (float | None | Unset): Week-over-week percentage change in average duration (positive =
            increase)
    """

    user_id: UUID
    test_history_count: int
    success_count: int
    failure_count: int
    success_rate: float
    average_duration: float | None
    currently_failing: int
    test_history_count_wow: float | None | Unset = UNSET
    currently_failing_wow: float | None | Unset = UNSET
    average_duration_wow: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = str(self.user_id)

        test_history_count = self.test_history_count

        success_count = self.success_count

        failure_count = self.failure_count

        success_rate = self.success_rate

        average_duration: float | None
        average_duration = self.average_duration

        currently_failing = self.currently_failing

        test_history_count_wow: float | None | Unset
        if isinstance(self.test_history_count_wow, Unset):
            test_history_count_wow = UNSET
        else:
            test_history_count_wow = self.test_history_count_wow

        currently_failing_wow: float | None | Unset
        if isinstance(self.currently_failing_wow, Unset):
            currently_failing_wow = UNSET
        else:
            currently_failing_wow = self.currently_failing_wow

        average_duration_wow: float | None | Unset
        if isinstance(self.average_duration_wow, Unset):
            average_duration_wow = UNSET
        else:
            average_duration_wow = self.average_duration_wow

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user_id": user_id,
                "test_history_count": test_history_count,
                "success_count": success_count,
                "failure_count": failure_count,
                "success_rate": success_rate,
                "average_duration": average_duration,
                "currently_failing": currently_failing,
            }
        )
        if test_history_count_wow is not UNSET:
            field_dict["test_history_count_wow"] = test_history_count_wow
        if currently_failing_wow is not UNSET:
            field_dict["currently_failing_wow"] = currently_failing_wow
        if average_duration_wow is not UNSET:
            field_dict["average_duration_wow"] = average_duration_wow

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        user_id = UUID(d.pop("user_id"))

        test_history_count = d.pop("test_history_count")

        success_count = d.pop("success_count")

        failure_count = d.pop("failure_count")

        success_rate = d.pop("success_rate")

        def _parse_average_duration(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        average_duration = _parse_average_duration(d.pop("average_duration"))

        currently_failing = d.pop("currently_failing")

        def _parse_test_history_count_wow(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        test_history_count_wow = _parse_test_history_count_wow(d.pop("test_history_count_wow", UNSET))

        def _parse_currently_failing_wow(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        currently_failing_wow = _parse_currently_failing_wow(d.pop("currently_failing_wow", UNSET))

        def _parse_average_duration_wow(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        average_duration_wow = _parse_average_duration_wow(d.pop("average_duration_wow", UNSET))

        test_statistics = cls(
            user_id=user_id,
            test_history_count=test_history_count,
            success_count=success_count,
            failure_count=failure_count,
            success_rate=success_rate,
            average_duration=average_duration,
            currently_failing=currently_failing,
            test_history_count_wow=test_history_count_wow,
            currently_failing_wow=currently_failing_wow,
            average_duration_wow=average_duration_wow,
        )

        test_statistics.additional_properties = d
        return test_statistics

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
