from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.test_with_details import TestWithDetails


T = TypeVar("T", bound="UserTestsResponse")


@_attrs_define
class UserTestsResponse:
    """Model representing the response from get_user_tests_with_details.

    Example:
        {'tests': [{'id': 'test-123', 'last_duration': 45.5, 'last_execution_time': '2024-03-14T12:00:00Z',
            'last_status': True, 'link': 'https://example.com', 'name': 'Login Test', 'platform': 'ios', 'recent_statuses':
            [True, True, False, True]}]}

    Attributes:
        tests (list[TestWithDetails] | Unset): List of tests with their execution details
    """

    tests: list[TestWithDetails] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tests: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tests, Unset):
            tests = []
            for tests_item_data in self.tests:
                tests_item = tests_item_data.to_dict()
                tests.append(tests_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if tests is not UNSET:
            field_dict["tests"] = tests

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.test_with_details import TestWithDetails  # noqa: PLC0415

        d = dict(src_dict)
        _tests = d.pop("tests", UNSET)
        tests: list[TestWithDetails] | Unset = UNSET
        if _tests is not UNSET:
            tests = []
            for tests_item_data in _tests:
                tests_item = TestWithDetails.from_dict(tests_item_data)

                tests.append(tests_item)

        user_tests_response = cls(
            tests=tests,
        )

        user_tests_response.additional_properties = d
        return user_tests_response

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
