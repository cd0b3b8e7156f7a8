from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.workflow_execution_history_item_test_results_type_0_item import (
        WorkflowExecutionHistoryItemTestResultsType0Item,
    )


T = TypeVar("T", bound="WorkflowExecutionHistoryItem")


@_attrs_define
class WorkflowExecutionHistoryItem:
    """Single execution history item for workflow detail view.

    Note: 'id' is now the primary identifier (was task_id in old schema).

        Attributes:
            id (str): Execution ID (was task_id)
            status (str): Execution status
            created_at (str): Execution timestamp
            success (bool | None | Unset): Success flag
            duration (float | None | Unset): Execution duration
            triggered_by (None | str | Unset): How execution was triggered Default: 'Manual'.
            test_results (list[WorkflowExecutionHistoryItemTestResultsType0Item] | None | Unset): Individual test results
            trace_id (None | str | Unset): OpenTelemetry trace ID (32 hex chars, no dashes) for Grafana correlation
    """

    id: str
    status: str
    created_at: str
    success: bool | None | Unset = UNSET
    duration: float | None | Unset = UNSET
    triggered_by: None | str | Unset = "Manual"
    test_results: list[WorkflowExecutionHistoryItemTestResultsType0Item] | None | Unset = UNSET
    trace_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        status = self.status

        created_at = self.created_at

        success: bool | None | Unset
        if isinstance(self.success, Unset):
            success = UNSET
        else:
            success = self.success

        duration: float | None | Unset
        if isinstance(self.duration, Unset):
            duration = UNSET
        else:
            duration = self.duration

        triggered_by: None | str | Unset
        if isinstance(self.triggered_by, Unset):
            triggered_by = UNSET
        else:
            triggered_by = self.triggered_by

        test_results: list[dict[str, Any]] | None | Unset
        if isinstance(self.test_results, Unset):
            test_results = UNSET
        elif isinstance(self.test_results, list):
            test_results = []
            for test_results_type_0_item_data in self.test_results:
                test_results_type_0_item = test_results_type_0_item_data.to_dict()
                test_results.append(test_results_type_0_item)

        else:
            test_results = self.test_results

        trace_id: None | str | Unset
        if isinstance(self.trace_id, Unset):
            trace_id = UNSET
        else:
            trace_id = self.trace_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "status": status,
                "created_at": created_at,
            }
        )
        if success is not UNSET:
            field_dict["success"] = success
        if duration is not UNSET:
            field_dict["duration"] = duration
        if triggered_by is not UNSET:
            field_dict["triggered_by"] = triggered_by
        if test_results is not UNSET:
            field_dict["test_results"] = test_results
        if trace_id is not UNSET:
            field_dict["trace_id"] = trace_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.workflow_execution_history_item_test_results_type_0_item import (
            WorkflowExecutionHistoryItemTestResultsType0Item,  # noqa: PLC0415
        )

        d = dict(src_dict)
        id = d.pop("id")

        status = d.pop("status")

        created_at = d.pop("created_at")

        def _parse_success(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        success = _parse_success(d.pop("success", UNSET))

        def _parse_duration(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        duration = _parse_duration(d.pop("duration", UNSET))

        def _parse_triggered_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        triggered_by = _parse_triggered_by(d.pop("triggered_by", UNSET))

        def _parse_test_results(data: object) -> list[WorkflowExecutionHistoryItemTestResultsType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                test_results_type_0 = []
                _test_results_type_0 = data
                for test_results_type_0_item_data in _test_results_type_0:
                    test_results_type_0_item = WorkflowExecutionHistoryItemTestResultsType0Item.from_dict(
                        test_results_type_0_item_data
                    )

                    test_results_type_0.append(test_results_type_0_item)

                return test_results_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[WorkflowExecutionHistoryItemTestResultsType0Item] | None | Unset, data)

        test_results = _parse_test_results(d.pop("test_results", UNSET))

        def _parse_trace_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        trace_id = _parse_trace_id(d.pop("trace_id", UNSET))

        workflow_execution_history_item = cls(
            id=id,
            status=status,
            created_at=created_at,
            success=success,
            duration=duration,
            triggered_by=triggered_by,
            test_results=test_results,
            trace_id=trace_id,
        )

        workflow_execution_history_item.additional_properties = d
        return workflow_execution_history_item

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
