"""Creating and changing workflows, as sans-IO plans the sync and async shells both run.

Each setting of a workflow has its own endpoint, and the test list, run config and build
config are replaced whole (MANAGEMENT.md §3, §5.8): a change reads the workflow, merges,
and writes the whole value back. Everything is checked before the first request.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

from .._core.base_client import APICall
from .._core.calls import build_model, call, require_uuid
from .._core.effects import Send
from .._core.exceptions import RevylError
from .._core.resource import RequestOptions
from .._core.retry import Safety
from ._discovery import workflow_info_call

if TYPE_CHECKING:  # at run time, builders import the generated code they send (see _core/resource.py)
    from revyl_api.models import DeleteWorkflowResponse, WorkflowsBaseSchema

    from .._core.effects import Plan

Location = tuple[float, float]
"""(latitude, longitude) the devices of a workflow's runs report."""
TestIds = list[str]
IGNORE_FAILURE = "ignore_failure"
FAIL_WORKFLOW = "fail_workflow"


@dataclass(frozen=True)
class WorkflowTest:
    """One test of a workflow as its settings list it: `id` is the row's own id."""

    id: str
    test_id: str
    test_name: str
    platform: str
    failure_policy: str

    @property
    def quarantined(self) -> bool:
        """A failure of this test does not fail the workflow."""
        return self.failure_policy == IGNORE_FAILURE


WorkflowTests = list[WorkflowTest]


def _test_ids(test_ids: Sequence[str], what: str = "test_ids") -> list[str]:
    if isinstance(test_ids, str) or not isinstance(test_ids, Sequence):
        raise RevylError(f"{what} must be a list of test ids, got {type(test_ids).__name__}")
    ids = [require_uuid(test_id, what) for test_id in test_ids]
    return list(dict.fromkeys(ids))


def _name(name: str) -> str:
    if not isinstance(name, str) or not name.strip():
        raise RevylError(f"a workflow name must be non-empty text, got {name!r}")
    return name


def create_plan(name: str, test_ids: Sequence[str], owner: str | None, schedule: str | None,
                options: RequestOptions) -> Plan[WorkflowsBaseSchema]:
    from revyl_api.api.user import get_user_uuid_endpoint
    from revyl_api.api.workflows import create_workflow
    from revyl_api.models import AuthInfo, CreateWorkflowResponse, WorkflowData


    fields: dict[str, Any] = {"name": _name(name), "tests": _test_ids(test_ids),
                              "schedule": schedule or "No Schedule"}
    if owner is None:  # the workflow belongs to whoever the key is
        owner = (yield Send(call(get_user_uuid_endpoint, AuthInfo, **options))).user_id
    body = build_model(WorkflowData, {**fields, "owner": owner}, "workflow")
    created: CreateWorkflowResponse = yield Send(
        call(create_workflow, CreateWorkflowResponse, safety=Safety.UNSAFE, body=body, **options)
    )
    return created.data


def delete_call(workflow_id: str, options: RequestOptions) -> APICall[DeleteWorkflowResponse]:
    from revyl_api.api.workflows import delete_workflow_endpoint
    from revyl_api.models import DeleteWorkflowResponse

    return call(delete_workflow_endpoint, DeleteWorkflowResponse,
                workflow_id=require_uuid(workflow_id, "workflow_id"), **options)


@dataclass(frozen=True)
class WorkflowEdit:
    """One `workflows.update`, checked: `False` for build_config or location removes it."""

    workflow_id: str
    name: str | None = None
    test_ids: list[str] | None = None
    run_config: dict[str, Any] | None = None
    build_config: dict[str, Any] | Literal[False] | None = None
    location: Location | Literal[False] | None = None

    @classmethod
    def of(cls, workflow_id: str, *, name: str | None, test_ids: Sequence[str] | None,
           run_config: Mapping[str, Any] | None, build_config: Mapping[str, Any] | Literal[False] | None,
           location: Location | Literal[False] | None) -> WorkflowEdit:
        if all(value is None for value in (name, test_ids, run_config, build_config, location)):
            raise RevylError("workflows.update needs name, test_ids, run_config, build_config or location")
        for what, value in (("run_config", run_config), ("build_config", build_config)):
            if value is not None and value is not False and not isinstance(value, Mapping):
                raise RevylError(f"{what} must be a mapping, got {type(value).__name__}")
        return cls(
            require_uuid(workflow_id, "workflow_id"),
            None if name is None else _name(name),
            None if test_ids is None else _test_ids(test_ids),
            None if run_config is None else dict(run_config),
            build_config if build_config is None or build_config is False else dict(build_config),
            location if location is None or location is False else _location(location),
        )

    def plan(self, options: RequestOptions) -> Plan[WorkflowsBaseSchema]:

        current = yield Send(workflow_info_call(self.workflow_id, options))
        for write in self._writes(current, options):
            yield Send(write)
        now: WorkflowsBaseSchema = yield Send(workflow_info_call(self.workflow_id, options))
        return now

    def _writes(self, current: WorkflowsBaseSchema, options: RequestOptions) -> list[APICall[object]]:
        """One call per setting given, its new whole value merged with `current`."""
        from revyl_api.api.workflows import (
            update_workflow_build_config,
            update_workflow_location_config,
            update_workflow_name,
            update_workflow_run_config,
            update_workflow_tests,
        )
        from revyl_api.models import (
            TestRunConfig,
            UpdateWorkflowBuildConfigRequest,
            UpdateWorkflowLocationConfigRequest,
            UpdateWorkflowNameRequest,
            UpdateWorkflowRunConfigRequest,
        )

        target: dict[str, Any] = {"workflow_id": self.workflow_id, **options}
        writes: list[APICall[object]] = []
        if self.name is not None:
            writes.append(call(update_workflow_name, object, body=UpdateWorkflowNameRequest(name=self.name),
                               **target))
        if self.test_ids is not None:
            writes.append(call(update_workflow_tests, object, body=self.test_ids, **target))
        if self.run_config is not None:
            had = current.run_config.to_dict() if isinstance(current.run_config, TestRunConfig) else {}
            run = {"run_config": {**had, **self.run_config}, "override_run_config": True}
            writes.append(call(update_workflow_run_config, object,
                               body=build_model(UpdateWorkflowRunConfigRequest, run, "run_config"), **target))
        if self.build_config is not None:
            config = None if self.build_config is False else {**_mapping(current.build_config), **self.build_config}
            build = {"build_config": config, "override_build_config": config is not None}
            writes.append(call(update_workflow_build_config, object,
                               body=build_model(UpdateWorkflowBuildConfigRequest, build, "build_config"), **target))
        if self.location is not None:
            place = None if self.location is False else {"latitude": self.location[0],
                                                          "longitude": self.location[1]}
            where = {"location_config": place, "override_location": place is not None}
            writes.append(call(update_workflow_location_config, object,
                               body=build_model(UpdateWorkflowLocationConfigRequest, where, "location"), **target))
        return writes


def _mapping(value: object) -> dict[str, Any]:
    if isinstance(value, Mapping):
        return dict(value)
    to_dict = getattr(value, "to_dict", None)
    return dict(to_dict()) if callable(to_dict) else {}


def _location(location: Location) -> Location:
    try:
        latitude, longitude = (float(part) for part in location)
    except (TypeError, ValueError):
        raise RevylError(f"location must be (latitude, longitude), got {location!r}") from None
    if not -90 <= latitude <= 90 or not -180 <= longitude <= 180:
        raise RevylError(f"location {location!r} is off the map: latitude in [-90, 90], longitude in [-180, 180]")
    return latitude, longitude


def change_tests_plan(workflow_id: str, test_ids: Sequence[str], *, adding: bool,
                      options: RequestOptions) -> Plan[list[str]]:
    """Add or remove tests: the workflow's whole list, read, changed and written back."""
    from revyl_api.api.workflows import update_workflow_tests


    workflow_id, given = require_uuid(workflow_id, "workflow_id"), _test_ids(test_ids)
    if not given:
        raise RevylError("give at least one test id")
    current = yield Send(workflow_info_call(workflow_id, options))
    had = [str(test_id) for test_id in current.tests or []]
    if adding:
        wanted = had + [test_id for test_id in given if test_id not in had]
    else:
        absent = [test_id for test_id in given if test_id not in had]
        if absent:
            raise RevylError(f"workflow {workflow_id} does not have the tests {', '.join(absent)}: nothing changed")
        wanted = [test_id for test_id in had if test_id not in given]
    if wanted != had:
        yield Send(call(update_workflow_tests, object, workflow_id=workflow_id, body=wanted, **options))
    return wanted


def workflow_tests_call(workflow_id: str, options: RequestOptions) -> APICall[list[WorkflowTest]]:
    from revyl_api.api.workflows import get_workflow_tests_with_policy

    def rows(body: object) -> list[WorkflowTest]:
        data = body.get("data") if isinstance(body, Mapping) else None
        if not isinstance(data, list):
            raise RevylError(f"Could not read the tests of workflow {workflow_id}: no 'data' list")
        return [WorkflowTest(str(row.get("id", "")), str(row.get("test_id", "")), str(row.get("test_name") or ""),
                             str(row.get("platform") or ""), str(row.get("failure_policy") or FAIL_WORKFLOW))
                for row in data if isinstance(row, Mapping)]

    return call(get_workflow_tests_with_policy, object,
                workflow_id=require_uuid(workflow_id, "workflow_id"), **options).map(rows)


def failure_policy_plan(workflow_id: str, test_id: str, policy: str, options: RequestOptions) -> Plan[WorkflowTest]:
    """Quarantine (or release) a test: the PATCH takes the workflow's row of it, found first."""
    from revyl_api.api.workflows import update_workflow_test_failure_policy
    from revyl_api.models import UpdateFailurePolicyRequest


    test_id = require_uuid(test_id, "test_id")
    rows = yield Send(workflow_tests_call(workflow_id, options))
    row = next((row for row in rows if row.test_id == test_id), None)
    if row is None:
        raise RevylError(f"test {test_id} is not in workflow {workflow_id}")
    yield Send(call(update_workflow_test_failure_policy, object, workflow_test_id=row.id,
                    body=UpdateFailurePolicyRequest(failure_policy=policy), **options))
    return WorkflowTest(row.id, row.test_id, row.test_name, row.platform, policy)
