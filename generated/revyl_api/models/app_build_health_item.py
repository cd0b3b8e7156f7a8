from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AppBuildHealthItem")


@_attrs_define
class AppBuildHealthItem:
    """
    Attributes:
        build_id (str):
        version (str):
        uploaded_at (datetime.datetime | None | Unset):
        observed_tests (int | Unset):  Default: 0.
        passed_tests (int | Unset):  Default: 0.
        failed_tests (int | Unset):  Default: 0.
        coverage_rate (float | None | Unset):
        exact_runs (int | Unset):  Default: 0.
        completed_runs (int | Unset):  Default: 0.
        passed_runs (int | Unset):  Default: 0.
        failed_runs (int | Unset):  Default: 0.
        pass_rate (float | None | Unset):
    """

    build_id: str
    version: str
    uploaded_at: datetime.datetime | None | Unset = UNSET
    observed_tests: int | Unset = 0
    passed_tests: int | Unset = 0
    failed_tests: int | Unset = 0
    coverage_rate: float | None | Unset = UNSET
    exact_runs: int | Unset = 0
    completed_runs: int | Unset = 0
    passed_runs: int | Unset = 0
    failed_runs: int | Unset = 0
    pass_rate: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        build_id = self.build_id

        version = self.version

        uploaded_at: None | str | Unset
        if isinstance(self.uploaded_at, Unset):
            uploaded_at = UNSET
        elif isinstance(self.uploaded_at, datetime.datetime):
            uploaded_at = self.uploaded_at.isoformat()
        else:
            uploaded_at = self.uploaded_at

        observed_tests = self.observed_tests

        passed_tests = self.passed_tests

        failed_tests = self.failed_tests

        coverage_rate: float | None | Unset
        if isinstance(self.coverage_rate, Unset):
            coverage_rate = UNSET
        else:
            coverage_rate = self.coverage_rate

        exact_runs = self.exact_runs

        completed_runs = self.completed_runs

        passed_runs = self.passed_runs

        failed_runs = self.failed_runs

        pass_rate: float | None | Unset
        if isinstance(self.pass_rate, Unset):
            pass_rate = UNSET
        else:
            pass_rate = self.pass_rate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "build_id": build_id,
                "version": version,
            }
        )
        if uploaded_at is not UNSET:
            field_dict["uploaded_at"] = uploaded_at
        if observed_tests is not UNSET:
            field_dict["observed_tests"] = observed_tests
        if passed_tests is not UNSET:
            field_dict["passed_tests"] = passed_tests
        if failed_tests is not UNSET:
            field_dict["failed_tests"] = failed_tests
        if coverage_rate is not UNSET:
            field_dict["coverage_rate"] = coverage_rate
        if exact_runs is not UNSET:
            field_dict["exact_runs"] = exact_runs
        if completed_runs is not UNSET:
            field_dict["completed_runs"] = completed_runs
        if passed_runs is not UNSET:
            field_dict["passed_runs"] = passed_runs
        if failed_runs is not UNSET:
            field_dict["failed_runs"] = failed_runs
        if pass_rate is not UNSET:
            field_dict["pass_rate"] = pass_rate

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        build_id = d.pop("build_id")

        version = d.pop("version")

        def _parse_uploaded_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                uploaded_at_type_0 = datetime.datetime.fromisoformat(data)

                return uploaded_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        uploaded_at = _parse_uploaded_at(d.pop("uploaded_at", UNSET))

        observed_tests = d.pop("observed_tests", UNSET)

        passed_tests = d.pop("passed_tests", UNSET)

        failed_tests = d.pop("failed_tests", UNSET)

        def _parse_coverage_rate(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        coverage_rate = _parse_coverage_rate(d.pop("coverage_rate", UNSET))

        exact_runs = d.pop("exact_runs", UNSET)

        completed_runs = d.pop("completed_runs", UNSET)

        passed_runs = d.pop("passed_runs", UNSET)

        failed_runs = d.pop("failed_runs", UNSET)

        def _parse_pass_rate(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        pass_rate = _parse_pass_rate(d.pop("pass_rate", UNSET))

        app_build_health_item = cls(
            build_id=build_id,
            version=version,
            uploaded_at=uploaded_at,
            observed_tests=observed_tests,
            passed_tests=passed_tests,
            failed_tests=failed_tests,
            coverage_rate=coverage_rate,
            exact_runs=exact_runs,
            completed_runs=completed_runs,
            passed_runs=passed_runs,
            failed_runs=failed_runs,
            pass_rate=pass_rate,
        )

        app_build_health_item.additional_properties = d
        return app_build_health_item

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
