from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.test_execution_summary import TestExecutionSummary


T = TypeVar("T", bound="WorkflowExecutionsBaseSchema")


@_attrs_define
class WorkflowExecutionsBaseSchema:
    """WorkflowExecutions Base Schema for the new workflow_executions table.

    This replaces WorkflowTasksBaseSchema with cleaner field names:
    - id (was task_id) - Primary key
    - source (was user_id) - Execution source enum

        Attributes:
            id (str):
            workflow_id (str):
            status (str):
            source (str | Unset): Execution source: ui, cli, api, ci_cd, or workflow Default: 'ui'.
            created_at (datetime.datetime | None | Unset):
            started_at (datetime.datetime | None | Unset):
            updated_at (datetime.datetime | None | Unset):
            total_tests (int | None | Unset):  Default: 0.
            completed_tests (int | None | Unset):  Default: 0.
            success (bool | None | Unset):
            duration (float | None | Unset):
            concurrency_limit (int | Unset):  Default: 3.
            test_executions (list[TestExecutionSummary] | Unset): Child test executions with session data for efficient
                operations
            trace_id (None | str | Unset): OpenTelemetry trace ID for Grafana correlation
            workflow_run_id (None | str | Unset): Hatchet workflow run ID for cancellation support
    """

    id: str
    workflow_id: str
    status: str
    source: str | Unset = "ui"
    created_at: datetime.datetime | None | Unset = UNSET
    started_at: datetime.datetime | None | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    total_tests: int | None | Unset = 0
    completed_tests: int | None | Unset = 0
    success: bool | None | Unset = UNSET
    duration: float | None | Unset = UNSET
    concurrency_limit: int | Unset = 3
    test_executions: list[TestExecutionSummary] | Unset = UNSET
    trace_id: None | str | Unset = UNSET
    workflow_run_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        workflow_id = self.workflow_id

        status = self.status

        source = self.source

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        started_at: None | str | Unset
        if isinstance(self.started_at, Unset):
            started_at = UNSET
        elif isinstance(self.started_at, datetime.datetime):
            started_at = self.started_at.isoformat()
        else:
            started_at = self.started_at

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        total_tests: int | None | Unset
        if isinstance(self.total_tests, Unset):
            total_tests = UNSET
        else:
            total_tests = self.total_tests

        completed_tests: int | None | Unset
        if isinstance(self.completed_tests, Unset):
            completed_tests = UNSET
        else:
            completed_tests = self.completed_tests

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

        concurrency_limit = self.concurrency_limit

        test_executions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.test_executions, Unset):
            test_executions = []
            for test_executions_item_data in self.test_executions:
                test_executions_item = test_executions_item_data.to_dict()
                test_executions.append(test_executions_item)

        trace_id: None | str | Unset
        if isinstance(self.trace_id, Unset):
            trace_id = UNSET
        else:
            trace_id = self.trace_id

        workflow_run_id: None | str | Unset
        if isinstance(self.workflow_run_id, Unset):
            workflow_run_id = UNSET
        else:
            workflow_run_id = self.workflow_run_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "workflow_id": workflow_id,
                "status": status,
            }
        )
        if source is not UNSET:
            field_dict["source"] = source
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if started_at is not UNSET:
            field_dict["started_at"] = started_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if total_tests is not UNSET:
            field_dict["total_tests"] = total_tests
        if completed_tests is not UNSET:
            field_dict["completed_tests"] = completed_tests
        if success is not UNSET:
            field_dict["success"] = success
        if duration is not UNSET:
            field_dict["duration"] = duration
        if concurrency_limit is not UNSET:
            field_dict["concurrency_limit"] = concurrency_limit
        if test_executions is not UNSET:
            field_dict["test_executions"] = test_executions
        if trace_id is not UNSET:
            field_dict["trace_id"] = trace_id
        if workflow_run_id is not UNSET:
            field_dict["workflow_run_id"] = workflow_run_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.test_execution_summary import TestExecutionSummary  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        workflow_id = d.pop("workflow_id")

        status = d.pop("status")

        source = d.pop("source", UNSET)

        def _parse_created_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_at_type_0 = datetime.datetime.fromisoformat(data)

                return created_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        def _parse_started_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                started_at_type_0 = datetime.datetime.fromisoformat(data)

                return started_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        started_at = _parse_started_at(d.pop("started_at", UNSET))

        def _parse_updated_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                updated_at_type_0 = datetime.datetime.fromisoformat(data)

                return updated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        updated_at = _parse_updated_at(d.pop("updated_at", UNSET))

        def _parse_total_tests(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        total_tests = _parse_total_tests(d.pop("total_tests", UNSET))

        def _parse_completed_tests(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        completed_tests = _parse_completed_tests(d.pop("completed_tests", UNSET))

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

        concurrency_limit = d.pop("concurrency_limit", UNSET)

        _test_executions = d.pop("test_executions", UNSET)
        test_executions: list[TestExecutionSummary] | Unset = UNSET
        if _test_executions is not UNSET:
            test_executions = []
            for test_executions_item_data in _test_executions:
                test_executions_item = TestExecutionSummary.from_dict(test_executions_item_data)

                test_executions.append(test_executions_item)

        def _parse_trace_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        trace_id = _parse_trace_id(d.pop("trace_id", UNSET))

        def _parse_workflow_run_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        workflow_run_id = _parse_workflow_run_id(d.pop("workflow_run_id", UNSET))

        workflow_executions_base_schema = cls(
            id=id,
            workflow_id=workflow_id,
            status=status,
            source=source,
            created_at=created_at,
            started_at=started_at,
            updated_at=updated_at,
            total_tests=total_tests,
            completed_tests=completed_tests,
            success=success,
            duration=duration,
            concurrency_limit=concurrency_limit,
            test_executions=test_executions,
            trace_id=trace_id,
            workflow_run_id=workflow_run_id,
        )

        workflow_executions_base_schema.additional_properties = d
        return workflow_executions_base_schema

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
