from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.test_matrix_build import TestMatrixBuild
    from ..models.test_matrix_row import TestMatrixRow


T = TypeVar("T", bound="TestMatrixResponse")


@_attrs_define
class TestMatrixResponse:
    """
    Attributes:
        app_id (str):
        builds (list[TestMatrixBuild] | Unset):
        tests (list[TestMatrixRow] | Unset):
        build_count (int | Unset):  Default: 0.
        test_count (int | Unset):  Default: 0.
        total_builds (int | Unset):  Default: 0.
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 10.
    """

    app_id: str
    builds: list[TestMatrixBuild] | Unset = UNSET
    tests: list[TestMatrixRow] | Unset = UNSET
    build_count: int | Unset = 0
    test_count: int | Unset = 0
    total_builds: int | Unset = 0
    page: int | Unset = 1
    page_size: int | Unset = 10
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        app_id = self.app_id

        builds: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.builds, Unset):
            builds = []
            for builds_item_data in self.builds:
                builds_item = builds_item_data.to_dict()
                builds.append(builds_item)

        tests: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tests, Unset):
            tests = []
            for tests_item_data in self.tests:
                tests_item = tests_item_data.to_dict()
                tests.append(tests_item)

        build_count = self.build_count

        test_count = self.test_count

        total_builds = self.total_builds

        page = self.page

        page_size = self.page_size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "app_id": app_id,
            }
        )
        if builds is not UNSET:
            field_dict["builds"] = builds
        if tests is not UNSET:
            field_dict["tests"] = tests
        if build_count is not UNSET:
            field_dict["build_count"] = build_count
        if test_count is not UNSET:
            field_dict["test_count"] = test_count
        if total_builds is not UNSET:
            field_dict["total_builds"] = total_builds
        if page is not UNSET:
            field_dict["page"] = page
        if page_size is not UNSET:
            field_dict["page_size"] = page_size

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.test_matrix_build import TestMatrixBuild  # noqa: PLC0415
        from ..models.test_matrix_row import TestMatrixRow  # noqa: PLC0415

        d = dict(src_dict)
        app_id = d.pop("app_id")

        _builds = d.pop("builds", UNSET)
        builds: list[TestMatrixBuild] | Unset = UNSET
        if _builds is not UNSET:
            builds = []
            for builds_item_data in _builds:
                builds_item = TestMatrixBuild.from_dict(builds_item_data)

                builds.append(builds_item)

        _tests = d.pop("tests", UNSET)
        tests: list[TestMatrixRow] | Unset = UNSET
        if _tests is not UNSET:
            tests = []
            for tests_item_data in _tests:
                tests_item = TestMatrixRow.from_dict(tests_item_data)

                tests.append(tests_item)

        build_count = d.pop("build_count", UNSET)

        test_count = d.pop("test_count", UNSET)

        total_builds = d.pop("total_builds", UNSET)

        page = d.pop("page", UNSET)

        page_size = d.pop("page_size", UNSET)

        test_matrix_response = cls(
            app_id=app_id,
            builds=builds,
            tests=tests,
            build_count=build_count,
            test_count=test_count,
            total_builds=total_builds,
            page=page,
            page_size=page_size,
        )

        test_matrix_response.additional_properties = d
        return test_matrix_response

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
