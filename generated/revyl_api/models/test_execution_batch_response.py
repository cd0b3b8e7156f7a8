from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.test_execution_batch_response_task_statuses import TestExecutionBatchResponseTaskStatuses


T = TypeVar("T", bound="TestExecutionBatchResponse")


@_attrs_define
class TestExecutionBatchResponse:
    """Response model for batch test status requests.

    Attributes:
        task_statuses (TestExecutionBatchResponseTaskStatuses):
        requested_count (int):
        found_count (int):
    """

    task_statuses: TestExecutionBatchResponseTaskStatuses
    requested_count: int
    found_count: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        task_statuses = self.task_statuses.to_dict()

        requested_count = self.requested_count

        found_count = self.found_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "task_statuses": task_statuses,
                "requested_count": requested_count,
                "found_count": found_count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.test_execution_batch_response_task_statuses import TestExecutionBatchResponseTaskStatuses  # noqa: PLC0415

        d = dict(src_dict)
        task_statuses = TestExecutionBatchResponseTaskStatuses.from_dict(d.pop("task_statuses"))

        requested_count = d.pop("requested_count")

        found_count = d.pop("found_count")

        test_execution_batch_response = cls(
            task_statuses=task_statuses,
            requested_count=requested_count,
            found_count=found_count,
        )

        test_execution_batch_response.additional_properties = d
        return test_execution_batch_response

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
