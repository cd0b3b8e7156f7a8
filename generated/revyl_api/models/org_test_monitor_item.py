from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.session_status import SessionStatus, check_session_status
from ..types import UNSET, Unset

T = TypeVar("T", bound="OrgTestMonitorItem")


@_attrs_define
class OrgTestMonitorItem:
    """Single test item for org-wide monitoring.

    Uses 'id' instead of 'task_id' as the primary identifier.
    Status uses SessionStatus directly (queued, starting, running, etc.).

        Attributes:
            id (UUID): Execution ID
            test_id (UUID):
            test_name (str):
            status (SessionStatus | str): Device session status - the single source of truth for test execution state.

                Matches the session_status enum in the database.
                Note: Ordering matters - follows the typical lifecycle progression.

                Status flow:
                    QUEUED → STARTING → RUNNING → STOPPING → COMPLETED/FAILED/TIMEOUT/CANCELLED
                                                ↘ VERIFYING → STOPPING
            progress (float):
            source (str | Unset): Execution source: ui, cli, api, ci_cd, or workflow Default: 'api'.
            current_step (None | str | Unset):
            current_step_index (int | Unset):  Default: 0.
            total_steps (int | Unset):  Default: 1.
            steps_completed (int | Unset):  Default: 0.
            started_at (datetime.datetime | None | Unset):
            created_at (datetime.datetime | None | Unset):
            updated_at (datetime.datetime | None | Unset):
            can_cancel (bool | Unset): Whether current user can cancel this test Default: False.
            platform (None | str | Unset):
            app_package (None | str | Unset):
            estimated_duration_seconds (int | None | Unset):
            error_message (str | Unset): Error headline, empty if no errors Default: ''.
            trace_id (None | str | Unset): OpenTelemetry trace ID (32 hex chars, no dashes) for Grafana correlation
            workflow_execution_id (None | Unset | UUID): Workflow execution ID if running as part of a workflow
            whep_url (None | str | Unset): WHEP URL for live video stream playback
    """

    id: UUID
    test_id: UUID
    test_name: str
    status: SessionStatus | str
    progress: float
    source: str | Unset = "api"
    current_step: None | str | Unset = UNSET
    current_step_index: int | Unset = 0
    total_steps: int | Unset = 1
    steps_completed: int | Unset = 0
    started_at: datetime.datetime | None | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    can_cancel: bool | Unset = False
    platform: None | str | Unset = UNSET
    app_package: None | str | Unset = UNSET
    estimated_duration_seconds: int | None | Unset = UNSET
    error_message: str | Unset = ""
    trace_id: None | str | Unset = UNSET
    workflow_execution_id: None | Unset | UUID = UNSET
    whep_url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        test_id = str(self.test_id)

        test_name = self.test_name

        status: str
        if isinstance(self.status, str):
            status = self.status
        else:
            status = self.status

        progress = self.progress

        source = self.source

        current_step: None | str | Unset
        if isinstance(self.current_step, Unset):
            current_step = UNSET
        else:
            current_step = self.current_step

        current_step_index = self.current_step_index

        total_steps = self.total_steps

        steps_completed = self.steps_completed

        started_at: None | str | Unset
        if isinstance(self.started_at, Unset):
            started_at = UNSET
        elif isinstance(self.started_at, datetime.datetime):
            started_at = self.started_at.isoformat()
        else:
            started_at = self.started_at

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        can_cancel = self.can_cancel

        platform: None | str | Unset
        if isinstance(self.platform, Unset):
            platform = UNSET
        else:
            platform = self.platform

        app_package: None | str | Unset
        if isinstance(self.app_package, Unset):
            app_package = UNSET
        else:
            app_package = self.app_package

        estimated_duration_seconds: int | None | Unset
        if isinstance(self.estimated_duration_seconds, Unset):
            estimated_duration_seconds = UNSET
        else:
            estimated_duration_seconds = self.estimated_duration_seconds

        error_message = self.error_message

        trace_id: None | str | Unset
        if isinstance(self.trace_id, Unset):
            trace_id = UNSET
        else:
            trace_id = self.trace_id

        workflow_execution_id: None | str | Unset
        if isinstance(self.workflow_execution_id, Unset):
            workflow_execution_id = UNSET
        elif isinstance(self.workflow_execution_id, UUID):
            workflow_execution_id = str(self.workflow_execution_id)
        else:
            workflow_execution_id = self.workflow_execution_id

        whep_url: None | str | Unset
        if isinstance(self.whep_url, Unset):
            whep_url = UNSET
        else:
            whep_url = self.whep_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "test_id": test_id,
                "test_name": test_name,
                "status": status,
                "progress": progress,
            }
        )
        if source is not UNSET:
            field_dict["source"] = source
        if current_step is not UNSET:
            field_dict["current_step"] = current_step
        if current_step_index is not UNSET:
            field_dict["current_step_index"] = current_step_index
        if total_steps is not UNSET:
            field_dict["total_steps"] = total_steps
        if steps_completed is not UNSET:
            field_dict["steps_completed"] = steps_completed
        if started_at is not UNSET:
            field_dict["started_at"] = started_at
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if can_cancel is not UNSET:
            field_dict["can_cancel"] = can_cancel
        if platform is not UNSET:
            field_dict["platform"] = platform
        if app_package is not UNSET:
            field_dict["app_package"] = app_package
        if estimated_duration_seconds is not UNSET:
            field_dict["estimated_duration_seconds"] = estimated_duration_seconds
        if error_message is not UNSET:
            field_dict["error_message"] = error_message
        if trace_id is not UNSET:
            field_dict["trace_id"] = trace_id
        if workflow_execution_id is not UNSET:
            field_dict["workflow_execution_id"] = workflow_execution_id
        if whep_url is not UNSET:
            field_dict["whep_url"] = whep_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        test_id = UUID(d.pop("test_id"))

        test_name = d.pop("test_name")

        def _parse_status(data: object) -> SessionStatus | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = check_session_status(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(SessionStatus | str, data)

        status = _parse_status(d.pop("status"))

        progress = d.pop("progress")

        source = d.pop("source", UNSET)

        def _parse_current_step(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        current_step = _parse_current_step(d.pop("current_step", UNSET))

        current_step_index = d.pop("current_step_index", UNSET)

        total_steps = d.pop("total_steps", UNSET)

        steps_completed = d.pop("steps_completed", UNSET)

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

        can_cancel = d.pop("can_cancel", UNSET)

        def _parse_platform(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        platform = _parse_platform(d.pop("platform", UNSET))

        def _parse_app_package(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        app_package = _parse_app_package(d.pop("app_package", UNSET))

        def _parse_estimated_duration_seconds(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        estimated_duration_seconds = _parse_estimated_duration_seconds(d.pop("estimated_duration_seconds", UNSET))

        error_message = d.pop("error_message", UNSET)

        def _parse_trace_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        trace_id = _parse_trace_id(d.pop("trace_id", UNSET))

        def _parse_workflow_execution_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                workflow_execution_id_type_0 = UUID(data)

                return workflow_execution_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        workflow_execution_id = _parse_workflow_execution_id(d.pop("workflow_execution_id", UNSET))

        def _parse_whep_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        whep_url = _parse_whep_url(d.pop("whep_url", UNSET))

        org_test_monitor_item = cls(
            id=id,
            test_id=test_id,
            test_name=test_name,
            status=status,
            progress=progress,
            source=source,
            current_step=current_step,
            current_step_index=current_step_index,
            total_steps=total_steps,
            steps_completed=steps_completed,
            started_at=started_at,
            created_at=created_at,
            updated_at=updated_at,
            can_cancel=can_cancel,
            platform=platform,
            app_package=app_package,
            estimated_duration_seconds=estimated_duration_seconds,
            error_message=error_message,
            trace_id=trace_id,
            workflow_execution_id=workflow_execution_id,
            whep_url=whep_url,
        )

        org_test_monitor_item.additional_properties = d
        return org_test_monitor_item

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
