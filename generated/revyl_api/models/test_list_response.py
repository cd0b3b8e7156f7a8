from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.app_response import AppResponse
    from ..models.test import Test
    from ..models.test_status_counts import TestStatusCounts


T = TypeVar("T", bound="TestListResponse")


@_attrs_define
class TestListResponse:
    """Response model for listing tests.

    Attributes:
        tests (list[Test]): List of tests
        count (int): Number of tests in this page
        total_count (int | Unset): Total number of tests across all pages Default: 0.
        offset (int | Unset): Offset used for this page Default: 0.
        limit (int | Unset): Limit used for this page Default: 150.
        has_more (bool | Unset): Whether more tests exist beyond this page Default: False.
        status_counts (None | TestStatusCounts | Unset): Org-wide test counts by status
        apps (list[AppResponse] | Unset): List of apps for the organization
        total_tests_wow (float | None | Unset): Week-over-week percentage change in total tests (positive = increase)
        passing_tests_wow (float | None | Unset): Week-over-week percentage change in passing tests as % of total
            (positive = increase)
        failing_tests_wow (float | None | Unset): Week-over-week percentage change in failing tests as % of total
            (positive = increase)
        not_run_tests_wow (float | None | Unset): Week-over-week percentage change in not run tests as % of total
            (positive = increase)
    """

    tests: list[Test]
    count: int
    total_count: int | Unset = 0
    offset: int | Unset = 0
    limit: int | Unset = 150
    has_more: bool | Unset = False
    status_counts: None | TestStatusCounts | Unset = UNSET
    apps: list[AppResponse] | Unset = UNSET
    total_tests_wow: float | None | Unset = UNSET
    passing_tests_wow: float | None | Unset = UNSET
    failing_tests_wow: float | None | Unset = UNSET
    not_run_tests_wow: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.test_status_counts import TestStatusCounts  # noqa: PLC0415

        tests = []
        for tests_item_data in self.tests:
            tests_item = tests_item_data.to_dict()
            tests.append(tests_item)

        count = self.count

        total_count = self.total_count

        offset = self.offset

        limit = self.limit

        has_more = self.has_more

        status_counts: dict[str, Any] | None | Unset
        if isinstance(self.status_counts, Unset):
            status_counts = UNSET
        elif isinstance(self.status_counts, TestStatusCounts):
            status_counts = self.status_counts.to_dict()
        else:
            status_counts = self.status_counts

        apps: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.apps, Unset):
            apps = []
            for apps_item_data in self.apps:
                apps_item = apps_item_data.to_dict()
                apps.append(apps_item)

        total_tests_wow: float | None | Unset
        if isinstance(self.total_tests_wow, Unset):
            total_tests_wow = UNSET
        else:
            total_tests_wow = self.total_tests_wow

        passing_tests_wow: float | None | Unset
        if isinstance(self.passing_tests_wow, Unset):
            passing_tests_wow = UNSET
        else:
            passing_tests_wow = self.passing_tests_wow

        failing_tests_wow: float | None | Unset
        if isinstance(self.failing_tests_wow, Unset):
            failing_tests_wow = UNSET
        else:
            failing_tests_wow = self.failing_tests_wow

        not_run_tests_wow: float | None | Unset
        if isinstance(self.not_run_tests_wow, Unset):
            not_run_tests_wow = UNSET
        else:
            not_run_tests_wow = self.not_run_tests_wow

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tests": tests,
                "count": count,
            }
        )
        if total_count is not UNSET:
            field_dict["total_count"] = total_count
        if offset is not UNSET:
            field_dict["offset"] = offset
        if limit is not UNSET:
            field_dict["limit"] = limit
        if has_more is not UNSET:
            field_dict["has_more"] = has_more
        if status_counts is not UNSET:
            field_dict["status_counts"] = status_counts
        if apps is not UNSET:
            field_dict["apps"] = apps
        if total_tests_wow is not UNSET:
            field_dict["total_tests_wow"] = total_tests_wow
        if passing_tests_wow is not UNSET:
            field_dict["passing_tests_wow"] = passing_tests_wow
        if failing_tests_wow is not UNSET:
            field_dict["failing_tests_wow"] = failing_tests_wow
        if not_run_tests_wow is not UNSET:
            field_dict["not_run_tests_wow"] = not_run_tests_wow

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.app_response import AppResponse  # noqa: PLC0415
        from ..models.test import Test  # noqa: PLC0415
        from ..models.test_status_counts import TestStatusCounts  # noqa: PLC0415

        d = dict(src_dict)
        tests = []
        _tests = d.pop("tests")
        for tests_item_data in _tests:
            tests_item = Test.from_dict(tests_item_data)

            tests.append(tests_item)

        count = d.pop("count")

        total_count = d.pop("total_count", UNSET)

        offset = d.pop("offset", UNSET)

        limit = d.pop("limit", UNSET)

        has_more = d.pop("has_more", UNSET)

        def _parse_status_counts(data: object) -> None | TestStatusCounts | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                status_counts_type_0 = TestStatusCounts.from_dict(data)

                return status_counts_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TestStatusCounts | Unset, data)

        status_counts = _parse_status_counts(d.pop("status_counts", UNSET))

        _apps = d.pop("apps", UNSET)
        apps: list[AppResponse] | Unset = UNSET
        if _apps is not UNSET:
            apps = []
            for apps_item_data in _apps:
                apps_item = AppResponse.from_dict(apps_item_data)

                apps.append(apps_item)

        def _parse_total_tests_wow(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        total_tests_wow = _parse_total_tests_wow(d.pop("total_tests_wow", UNSET))

        def _parse_passing_tests_wow(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        passing_tests_wow = _parse_passing_tests_wow(d.pop("passing_tests_wow", UNSET))

        def _parse_failing_tests_wow(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        failing_tests_wow = _parse_failing_tests_wow(d.pop("failing_tests_wow", UNSET))

        def _parse_not_run_tests_wow(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        not_run_tests_wow = _parse_not_run_tests_wow(d.pop("not_run_tests_wow", UNSET))

        test_list_response = cls(
            tests=tests,
            count=count,
            total_count=total_count,
            offset=offset,
            limit=limit,
            has_more=has_more,
            status_counts=status_counts,
            apps=apps,
            total_tests_wow=total_tests_wow,
            passing_tests_wow=passing_tests_wow,
            failing_tests_wow=failing_tests_wow,
            not_run_tests_wow=not_run_tests_wow,
        )

        test_list_response.additional_properties = d
        return test_list_response

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
