from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.app_response import AppResponse
    from ..models.build_comparison_item import BuildComparisonItem
    from ..models.build_coverage_item import BuildCoverageItem
    from ..models.build_response import BuildResponse


T = TypeVar("T", bound="BuildWorkspaceResponse")


@_attrs_define
class BuildWorkspaceResponse:
    """
    Attributes:
        app (AppResponse): Response model for an app.
        build (BuildResponse): Response model for a build (specific artifact/version of an app).
        previous_build_id (None | str | Unset):
        previous_build_version (None | str | Unset):
        attached_tests (int | Unset):  Default: 0.
        exact_runs (int | Unset):  Default: 0.
        completed_runs (int | Unset):  Default: 0.
        pass_rate (float | None | Unset):
        new_failures (int | Unset):  Default: 0.
        fixed_tests (int | Unset):  Default: 0.
        not_run (int | Unset):  Default: 0.
        readiness (str | Unset):  Default: 'Not run'.
        attribution_note (None | str | Unset):
        coverage (list[BuildCoverageItem] | Unset):
        compare (list[BuildComparisonItem] | Unset):
    """

    app: AppResponse
    build: BuildResponse
    previous_build_id: None | str | Unset = UNSET
    previous_build_version: None | str | Unset = UNSET
    attached_tests: int | Unset = 0
    exact_runs: int | Unset = 0
    completed_runs: int | Unset = 0
    pass_rate: float | None | Unset = UNSET
    new_failures: int | Unset = 0
    fixed_tests: int | Unset = 0
    not_run: int | Unset = 0
    readiness: str | Unset = "Not run"
    attribution_note: None | str | Unset = UNSET
    coverage: list[BuildCoverageItem] | Unset = UNSET
    compare: list[BuildComparisonItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        app = self.app.to_dict()

        build = self.build.to_dict()

        previous_build_id: None | str | Unset
        if isinstance(self.previous_build_id, Unset):
            previous_build_id = UNSET
        else:
            previous_build_id = self.previous_build_id

        previous_build_version: None | str | Unset
        if isinstance(self.previous_build_version, Unset):
            previous_build_version = UNSET
        else:
            previous_build_version = self.previous_build_version

        attached_tests = self.attached_tests

        exact_runs = self.exact_runs

        completed_runs = self.completed_runs

        pass_rate: float | None | Unset
        if isinstance(self.pass_rate, Unset):
            pass_rate = UNSET
        else:
            pass_rate = self.pass_rate

        new_failures = self.new_failures

        fixed_tests = self.fixed_tests

        not_run = self.not_run

        readiness = self.readiness

        attribution_note: None | str | Unset
        if isinstance(self.attribution_note, Unset):
            attribution_note = UNSET
        else:
            attribution_note = self.attribution_note

        coverage: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.coverage, Unset):
            coverage = []
            for coverage_item_data in self.coverage:
                coverage_item = coverage_item_data.to_dict()
                coverage.append(coverage_item)

        compare: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.compare, Unset):
            compare = []
            for compare_item_data in self.compare:
                compare_item = compare_item_data.to_dict()
                compare.append(compare_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "app": app,
                "build": build,
            }
        )
        if previous_build_id is not UNSET:
            field_dict["previous_build_id"] = previous_build_id
        if previous_build_version is not UNSET:
            field_dict["previous_build_version"] = previous_build_version
        if attached_tests is not UNSET:
            field_dict["attached_tests"] = attached_tests
        if exact_runs is not UNSET:
            field_dict["exact_runs"] = exact_runs
        if completed_runs is not UNSET:
            field_dict["completed_runs"] = completed_runs
        if pass_rate is not UNSET:
            field_dict["pass_rate"] = pass_rate
        if new_failures is not UNSET:
            field_dict["new_failures"] = new_failures
        if fixed_tests is not UNSET:
            field_dict["fixed_tests"] = fixed_tests
        if not_run is not UNSET:
            field_dict["not_run"] = not_run
        if readiness is not UNSET:
            field_dict["readiness"] = readiness
        if attribution_note is not UNSET:
            field_dict["attribution_note"] = attribution_note
        if coverage is not UNSET:
            field_dict["coverage"] = coverage
        if compare is not UNSET:
            field_dict["compare"] = compare

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.app_response import AppResponse  # noqa: PLC0415
        from ..models.build_comparison_item import BuildComparisonItem  # noqa: PLC0415
        from ..models.build_coverage_item import BuildCoverageItem  # noqa: PLC0415
        from ..models.build_response import BuildResponse  # noqa: PLC0415

        d = dict(src_dict)
        app = AppResponse.from_dict(d.pop("app"))

        build = BuildResponse.from_dict(d.pop("build"))

        def _parse_previous_build_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        previous_build_id = _parse_previous_build_id(d.pop("previous_build_id", UNSET))

        def _parse_previous_build_version(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        previous_build_version = _parse_previous_build_version(d.pop("previous_build_version", UNSET))

        attached_tests = d.pop("attached_tests", UNSET)

        exact_runs = d.pop("exact_runs", UNSET)

        completed_runs = d.pop("completed_runs", UNSET)

        def _parse_pass_rate(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        pass_rate = _parse_pass_rate(d.pop("pass_rate", UNSET))

        new_failures = d.pop("new_failures", UNSET)

        fixed_tests = d.pop("fixed_tests", UNSET)

        not_run = d.pop("not_run", UNSET)

        readiness = d.pop("readiness", UNSET)

        def _parse_attribution_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        attribution_note = _parse_attribution_note(d.pop("attribution_note", UNSET))

        _coverage = d.pop("coverage", UNSET)
        coverage: list[BuildCoverageItem] | Unset = UNSET
        if _coverage is not UNSET:
            coverage = []
            for coverage_item_data in _coverage:
                coverage_item = BuildCoverageItem.from_dict(coverage_item_data)

                coverage.append(coverage_item)

        _compare = d.pop("compare", UNSET)
        compare: list[BuildComparisonItem] | Unset = UNSET
        if _compare is not UNSET:
            compare = []
            for compare_item_data in _compare:
                compare_item = BuildComparisonItem.from_dict(compare_item_data)

                compare.append(compare_item)

        build_workspace_response = cls(
            app=app,
            build=build,
            previous_build_id=previous_build_id,
            previous_build_version=previous_build_version,
            attached_tests=attached_tests,
            exact_runs=exact_runs,
            completed_runs=completed_runs,
            pass_rate=pass_rate,
            new_failures=new_failures,
            fixed_tests=fixed_tests,
            not_run=not_run,
            readiness=readiness,
            attribution_note=attribution_note,
            coverage=coverage,
            compare=compare,
        )

        build_workspace_response.additional_properties = d
        return build_workspace_response

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
