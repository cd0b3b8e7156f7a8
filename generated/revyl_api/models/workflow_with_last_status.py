from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.test_run_config import TestRunConfig
    from ..models.workflow_execution_history_status import WorkflowExecutionHistoryStatus
    from ..models.workflow_last_execution import WorkflowLastExecution
    from ..models.workflow_with_last_status_build_config_type_0 import WorkflowWithLastStatusBuildConfigType0
    from ..models.workflow_with_last_status_location_config_type_0 import WorkflowWithLastStatusLocationConfigType0


T = TypeVar("T", bound="WorkflowWithLastStatus")


@_attrs_define
class WorkflowWithLastStatus:
    """Workflow model with last execution status for workflow cards.

    Attributes:
        id (str):
        deleted (bool):
        name (str):
        owner (str):
        schedule (str):
        override_run_config (bool):
        last_execution (WorkflowLastExecution): Model for workflow last execution data.
        test_count (int): Number of tests in this workflow
        created_at (datetime.datetime | None | Unset):
        last_run (datetime.datetime | None | Unset):
        org_id (None | str | Unset):
        schedule_timezone (None | str | Unset):
        tests (list[str] | Unset):
        schedule_enabled (bool | None | Unset):
        updated_at (datetime.datetime | None | Unset):
        run_config (None | TestRunConfig | Unset): Workflow-level run configuration that overrides individual test
            configs
        build_config (None | Unset | WorkflowWithLastStatusBuildConfigType0): Workflow-level build configuration (JSONB
            with ios_build and android_build)
        override_build_config (bool | Unset): When True, build_config overrides individual test build configurations
            Default: False.
        location_config (None | Unset | WorkflowWithLastStatusLocationConfigType0): Workflow-level location
            configuration (JSONB with latitude, longitude)
        override_location (bool | Unset): When True, location_config overrides individual test locations. Independent of
            override_run_config. Default: False.
        test_timeout_seconds (int | None | Unset): Per-test execution timeout in seconds. Applied to all tests
            dispatched by this workflow.
        quarantined_test_ids (list[str] | Unset): Test IDs with failure_policy='ignore_failure'. Failures in these tests
            do not fail the workflow.
        execution_history (list[WorkflowExecutionHistoryStatus] | Unset): Last N execution statuses
    """

    id: str
    deleted: bool
    name: str
    owner: str
    schedule: str
    override_run_config: bool
    last_execution: WorkflowLastExecution
    test_count: int
    created_at: datetime.datetime | None | Unset = UNSET
    last_run: datetime.datetime | None | Unset = UNSET
    org_id: None | str | Unset = UNSET
    schedule_timezone: None | str | Unset = UNSET
    tests: list[str] | Unset = UNSET
    schedule_enabled: bool | None | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    run_config: None | TestRunConfig | Unset = UNSET
    build_config: None | Unset | WorkflowWithLastStatusBuildConfigType0 = UNSET
    override_build_config: bool | Unset = False
    location_config: None | Unset | WorkflowWithLastStatusLocationConfigType0 = UNSET
    override_location: bool | Unset = False
    test_timeout_seconds: int | None | Unset = UNSET
    quarantined_test_ids: list[str] | Unset = UNSET
    execution_history: list[WorkflowExecutionHistoryStatus] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.test_run_config import TestRunConfig  # noqa: PLC0415
        from ..models.workflow_with_last_status_build_config_type_0 import WorkflowWithLastStatusBuildConfigType0  # noqa: PLC0415
        from ..models.workflow_with_last_status_location_config_type_0 import WorkflowWithLastStatusLocationConfigType0  # noqa: PLC0415

        id = self.id

        deleted = self.deleted

        name = self.name

        owner = self.owner

        schedule = self.schedule

        override_run_config = self.override_run_config

        last_execution = self.last_execution.to_dict()

        test_count = self.test_count

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        last_run: None | str | Unset
        if isinstance(self.last_run, Unset):
            last_run = UNSET
        elif isinstance(self.last_run, datetime.datetime):
            last_run = self.last_run.isoformat()
        else:
            last_run = self.last_run

        org_id: None | str | Unset
        if isinstance(self.org_id, Unset):
            org_id = UNSET
        else:
            org_id = self.org_id

        schedule_timezone: None | str | Unset
        if isinstance(self.schedule_timezone, Unset):
            schedule_timezone = UNSET
        else:
            schedule_timezone = self.schedule_timezone

        tests: list[str] | Unset = UNSET
        if not isinstance(self.tests, Unset):
            tests = self.tests

        schedule_enabled: bool | None | Unset
        if isinstance(self.schedule_enabled, Unset):
            schedule_enabled = UNSET
        else:
            schedule_enabled = self.schedule_enabled

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        run_config: dict[str, Any] | None | Unset
        if isinstance(self.run_config, Unset):
            run_config = UNSET
        elif isinstance(self.run_config, TestRunConfig):
            run_config = self.run_config.to_dict()
        else:
            run_config = self.run_config

        build_config: dict[str, Any] | None | Unset
        if isinstance(self.build_config, Unset):
            build_config = UNSET
        elif isinstance(self.build_config, WorkflowWithLastStatusBuildConfigType0):
            build_config = self.build_config.to_dict()
        else:
            build_config = self.build_config

        override_build_config = self.override_build_config

        location_config: dict[str, Any] | None | Unset
        if isinstance(self.location_config, Unset):
            location_config = UNSET
        elif isinstance(self.location_config, WorkflowWithLastStatusLocationConfigType0):
            location_config = self.location_config.to_dict()
        else:
            location_config = self.location_config

        override_location = self.override_location

        test_timeout_seconds: int | None | Unset
        if isinstance(self.test_timeout_seconds, Unset):
            test_timeout_seconds = UNSET
        else:
            test_timeout_seconds = self.test_timeout_seconds

        quarantined_test_ids: list[str] | Unset = UNSET
        if not isinstance(self.quarantined_test_ids, Unset):
            quarantined_test_ids = self.quarantined_test_ids

        execution_history: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.execution_history, Unset):
            execution_history = []
            for execution_history_item_data in self.execution_history:
                execution_history_item = execution_history_item_data.to_dict()
                execution_history.append(execution_history_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "deleted": deleted,
                "name": name,
                "owner": owner,
                "schedule": schedule,
                "override_run_config": override_run_config,
                "last_execution": last_execution,
                "test_count": test_count,
            }
        )
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if last_run is not UNSET:
            field_dict["last_run"] = last_run
        if org_id is not UNSET:
            field_dict["org_id"] = org_id
        if schedule_timezone is not UNSET:
            field_dict["schedule_timezone"] = schedule_timezone
        if tests is not UNSET:
            field_dict["tests"] = tests
        if schedule_enabled is not UNSET:
            field_dict["schedule_enabled"] = schedule_enabled
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if run_config is not UNSET:
            field_dict["run_config"] = run_config
        if build_config is not UNSET:
            field_dict["build_config"] = build_config
        if override_build_config is not UNSET:
            field_dict["override_build_config"] = override_build_config
        if location_config is not UNSET:
            field_dict["location_config"] = location_config
        if override_location is not UNSET:
            field_dict["override_location"] = override_location
        if test_timeout_seconds is not UNSET:
            field_dict["test_timeout_seconds"] = test_timeout_seconds
        if quarantined_test_ids is not UNSET:
            field_dict["quarantined_test_ids"] = quarantined_test_ids
        if execution_history is not UNSET:
            field_dict["execution_history"] = execution_history

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.test_run_config import TestRunConfig  # noqa: PLC0415
        from ..models.workflow_execution_history_status import WorkflowExecutionHistoryStatus  # noqa: PLC0415
        from ..models.workflow_last_execution import WorkflowLastExecution  # noqa: PLC0415
        from ..models.workflow_with_last_status_build_config_type_0 import WorkflowWithLastStatusBuildConfigType0  # noqa: PLC0415
        from ..models.workflow_with_last_status_location_config_type_0 import WorkflowWithLastStatusLocationConfigType0  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        deleted = d.pop("deleted")

        name = d.pop("name")

        owner = d.pop("owner")

        schedule = d.pop("schedule")

        override_run_config = d.pop("override_run_config")

        last_execution = WorkflowLastExecution.from_dict(d.pop("last_execution"))

        test_count = d.pop("test_count")

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

        def _parse_last_run(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_run_type_0 = datetime.datetime.fromisoformat(data)

                return last_run_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        last_run = _parse_last_run(d.pop("last_run", UNSET))

        def _parse_org_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        org_id = _parse_org_id(d.pop("org_id", UNSET))

        def _parse_schedule_timezone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        schedule_timezone = _parse_schedule_timezone(d.pop("schedule_timezone", UNSET))

        tests = cast(list[str], d.pop("tests", UNSET))

        def _parse_schedule_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        schedule_enabled = _parse_schedule_enabled(d.pop("schedule_enabled", UNSET))

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

        def _parse_run_config(data: object) -> None | TestRunConfig | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                run_config_type_0 = TestRunConfig.from_dict(data)

                return run_config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TestRunConfig | Unset, data)

        run_config = _parse_run_config(d.pop("run_config", UNSET))

        def _parse_build_config(data: object) -> None | Unset | WorkflowWithLastStatusBuildConfigType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                build_config_type_0 = WorkflowWithLastStatusBuildConfigType0.from_dict(data)

                return build_config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WorkflowWithLastStatusBuildConfigType0, data)

        build_config = _parse_build_config(d.pop("build_config", UNSET))

        override_build_config = d.pop("override_build_config", UNSET)

        def _parse_location_config(data: object) -> None | Unset | WorkflowWithLastStatusLocationConfigType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                location_config_type_0 = WorkflowWithLastStatusLocationConfigType0.from_dict(data)

                return location_config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WorkflowWithLastStatusLocationConfigType0, data)

        location_config = _parse_location_config(d.pop("location_config", UNSET))

        override_location = d.pop("override_location", UNSET)

        def _parse_test_timeout_seconds(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        test_timeout_seconds = _parse_test_timeout_seconds(d.pop("test_timeout_seconds", UNSET))

        quarantined_test_ids = cast(list[str], d.pop("quarantined_test_ids", UNSET))

        _execution_history = d.pop("execution_history", UNSET)
        execution_history: list[WorkflowExecutionHistoryStatus] | Unset = UNSET
        if _execution_history is not UNSET:
            execution_history = []
            for execution_history_item_data in _execution_history:
                execution_history_item = WorkflowExecutionHistoryStatus.from_dict(execution_history_item_data)

                execution_history.append(execution_history_item)

        workflow_with_last_status = cls(
            id=id,
            deleted=deleted,
            name=name,
            owner=owner,
            schedule=schedule,
            override_run_config=override_run_config,
            last_execution=last_execution,
            test_count=test_count,
            created_at=created_at,
            last_run=last_run,
            org_id=org_id,
            schedule_timezone=schedule_timezone,
            tests=tests,
            schedule_enabled=schedule_enabled,
            updated_at=updated_at,
            run_config=run_config,
            build_config=build_config,
            override_build_config=override_build_config,
            location_config=location_config,
            override_location=override_location,
            test_timeout_seconds=test_timeout_seconds,
            quarantined_test_ids=quarantined_test_ids,
            execution_history=execution_history,
        )

        workflow_with_last_status.additional_properties = d
        return workflow_with_last_status

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
