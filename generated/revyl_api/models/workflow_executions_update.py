from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.test_execution_summary import TestExecutionSummary


T = TypeVar("T", bound="WorkflowExecutionsUpdate")


@_attrs_define
class WorkflowExecutionsUpdate:
    """WorkflowExecutions Update Schema for the new workflow_executions table.

    Attributes:
        id (None | str | Unset):
        workflow_id (None | str | Unset):
        source (None | str | Unset):
        status (None | str | Unset):
        started_at (datetime.datetime | None | Unset):
        updated_at (datetime.datetime | None | Unset):
        total_tests (int | None | Unset):
        completed_tests (int | None | Unset):
        success (bool | None | Unset):
        concurrency_limit (int | None | Unset):
        test_executions (list[TestExecutionSummary] | None | Unset):
        trace_id (None | str | Unset):
        workflow_run_id (None | str | Unset):
    """

    id: None | str | Unset = UNSET
    workflow_id: None | str | Unset = UNSET
    source: None | str | Unset = UNSET
    status: None | str | Unset = UNSET
    started_at: datetime.datetime | None | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    total_tests: int | None | Unset = UNSET
    completed_tests: int | None | Unset = UNSET
    success: bool | None | Unset = UNSET
    concurrency_limit: int | None | Unset = UNSET
    test_executions: list[TestExecutionSummary] | None | Unset = UNSET
    trace_id: None | str | Unset = UNSET
    workflow_run_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        workflow_id: None | str | Unset
        if isinstance(self.workflow_id, Unset):
            workflow_id = UNSET
        else:
            workflow_id = self.workflow_id

        source: None | str | Unset
        if isinstance(self.source, Unset):
            source = UNSET
        else:
            source = self.source

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

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

        concurrency_limit: int | None | Unset
        if isinstance(self.concurrency_limit, Unset):
            concurrency_limit = UNSET
        else:
            concurrency_limit = self.concurrency_limit

        test_executions: list[dict[str, Any]] | None | Unset
        if isinstance(self.test_executions, Unset):
            test_executions = UNSET
        elif isinstance(self.test_executions, list):
            test_executions = []
            for test_executions_type_0_item_data in self.test_executions:
                test_executions_type_0_item = test_executions_type_0_item_data.to_dict()
                test_executions.append(test_executions_type_0_item)

        else:
            test_executions = self.test_executions

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
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if workflow_id is not UNSET:
            field_dict["workflow_id"] = workflow_id
        if source is not UNSET:
            field_dict["source"] = source
        if status is not UNSET:
            field_dict["status"] = status
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

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_workflow_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        workflow_id = _parse_workflow_id(d.pop("workflow_id", UNSET))

        def _parse_source(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        source = _parse_source(d.pop("source", UNSET))

        def _parse_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

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

        def _parse_concurrency_limit(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        concurrency_limit = _parse_concurrency_limit(d.pop("concurrency_limit", UNSET))

        def _parse_test_executions(data: object) -> list[TestExecutionSummary] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                test_executions_type_0 = []
                _test_executions_type_0 = data
                for test_executions_type_0_item_data in _test_executions_type_0:
                    test_executions_type_0_item = TestExecutionSummary.from_dict(test_executions_type_0_item_data)

                    test_executions_type_0.append(test_executions_type_0_item)

                return test_executions_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[TestExecutionSummary] | None | Unset, data)

        test_executions = _parse_test_executions(d.pop("test_executions", UNSET))

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

        workflow_executions_update = cls(
            id=id,
            workflow_id=workflow_id,
            source=source,
            status=status,
            started_at=started_at,
            updated_at=updated_at,
            total_tests=total_tests,
            completed_tests=completed_tests,
            success=success,
            concurrency_limit=concurrency_limit,
            test_executions=test_executions,
            trace_id=trace_id,
            workflow_run_id=workflow_run_id,
        )

        workflow_executions_update.additional_properties = d
        return workflow_executions_update

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
