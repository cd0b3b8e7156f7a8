from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TestStatusCounts")


@_attrs_define
class TestStatusCounts:
    """Server-side test counts by status, computed across all tests (not just the current page).

    Attributes:
        total (int): Total number of tests in the org
        passing (int): Tests with last_status = 'success'
        failing (int): Tests with last_status in ('failure', 'failed', 'timeout', 'cancelled')
        not_run (int): Tests with no status or 'verifying'
        running (int): Tests with last_status in ('running', 'queued', 'setup')
    """

    total: int
    passing: int
    failing: int
    not_run: int
    running: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total = self.total

        passing = self.passing

        failing = self.failing

        not_run = self.not_run

        running = self.running

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "total": total,
                "passing": passing,
                "failing": failing,
                "not_run": not_run,
                "running": running,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        total = d.pop("total")

        passing = d.pop("passing")

        failing = d.pop("failing")

        not_run = d.pop("not_run")

        running = d.pop("running")

        test_status_counts = cls(
            total=total,
            passing=passing,
            failing=failing,
            not_run=not_run,
            running=running,
        )

        test_status_counts.additional_properties = d
        return test_status_counts

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
