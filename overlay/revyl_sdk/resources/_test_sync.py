"""The calls tests-as-code sends (`tests.pull / push / diff / status`), for the plans in
`_testcode` (which send nothing themselves): the builders behind `client.tests`, `tags`,
`variables`, `launch_variables`, `modules`, `scripts` and `apps`, answers read into plain data.

Test writes go through the builders of `tests.create` / `tests.update` (only the fields
given are sent; a stale `expected_version` is a 409, a `ConflictError`).
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from .._core.base_client import APICall
from .._core.effects import Plan
from .._core.exceptions import RevylError
from .._core.pagination import PageOf
from .._testcode.remote import App, RemoteTest, ValidationMessage
from . import apps, launch_variables, modules, scripts, tags, variables
from ._test_edits import TestEdit, create_call, device_target_call
from .yaml import _validate_call

if TYPE_CHECKING:
    from revyl_api.models import AppResponse, Test

    from .._testcode.results import DiffResult, PullResult, PushResult, TestsStatus

__all__ = ["ProjectDir", "RemoteCalls", "diff_plan", "pull_plan", "push_plan", "status_plan"]

def _text(value: Any) -> str:
    return value if isinstance(value, str) else ""


def remote_test(test: Test) -> RemoteTest:
    raw = test.to_dict()
    targets = [(_text(t.get("device_model")), _text(t.get("os_version")))
               for t in raw.get("mobile_targets") or () if isinstance(t, dict)]
    version = raw.get("version")
    return RemoteTest(
        id=str(raw.get("id", "")), name=_text(raw.get("name")), platform=_text(raw.get("platform")),
        version=version if isinstance(version, int) else None, description=_text(raw.get("description")),
        tasks=[task for task in raw.get("tasks") or () if isinstance(task, dict)],
        app_id=str(raw["app_id"]) if raw.get("app_id") else None, pinned_version=_text(raw.get("pinned_version")),
        mobile_targets=targets, orientation=_text(raw.get("orientation")),
    )


def _app(app: AppResponse) -> App:
    return App(str(app.id), _text(app.name), _text(app.platform), _text(app.system_prompt))


class RemoteCalls:
    """`_testcode.remote.Remote`: every call the sync plans send."""

    def tests_page(self, number: int) -> APICall[PageOf[RemoteTest]]:
        from .tests import _list_pages

        return _list_pages({})(number).map(lambda page: PageOf([remote_test(t) for t in page.items], page.has_next))

    def get_test(self, test_id: str) -> APICall[RemoteTest]:
        from .tests import _get_call

        return _get_call(test_id, {}).map(remote_test)

    def create_test(self, name: str, platform: str, app_id: str, tasks: list[dict[str, Any]]
                    ) -> APICall[RemoteTest]:
        return create_call(name, platform, app_id, None, tasks, {}).map(remote_test)

    def update_test(self, test_id: str, fields: dict[str, Any], expected_version: int | None
                    ) -> APICall[RemoteTest]:
        return TestEdit.of(test_id, expected_version, fields).call().map(remote_test)  # type: ignore[arg-type]

    def validate(self, yaml_text: str) -> APICall[tuple[bool, list[ValidationMessage]]]:
        return _validate_call(yaml_text, {}).map(lambda response: (bool(response.is_valid), [
            _message(item) for item in response.to_dict().get("messages") or () if isinstance(item, dict)]))

    def modules(self) -> APICall[dict[str, str]]:
        return modules._list_call({}).map(lambda found: {str(m.name): str(m.id) for m in found})

    def scripts_page(self, number: int) -> APICall[PageOf[tuple[str, str]]]:
        return scripts._list_pages({})(number).map(
            lambda page: PageOf([(str(s.name), str(s.id)) for s in page.items], page.has_next))

    def apps_page(self, number: int) -> APICall[PageOf[App]]:
        return apps._list_page_call({})(number).map(lambda page: PageOf([_app(a) for a in page.items], page.has_next))

    def app(self, app_id: str) -> APICall[App]:
        return apps._get_call(app_id, {}).map(_app)

    def test_tags(self, test_id: str) -> APICall[list[str]]:
        return tags._of_test_call(test_id, {}).map(lambda found: [str(tag.name) for tag in found])

    def set_test_tags(self, test_id: str, names: list[str]) -> APICall[Any]:
        return tags._set_for_test_call(test_id, names, {})

    def test_variables(self, test_id: str) -> APICall[dict[str, str]]:
        return variables._list_call(test_id, {}).map(
            lambda rows: {str(row.variable_name): _text(row.variable_value) for row in rows})

    def clear_test_variables(self, test_id: str) -> APICall[Any]:
        return variables._delete_all_call(test_id, {})

    def set_test_variable(self, test_id: str, name: str, value: str) -> Plan[object]:
        return variables._set_plan(test_id, name, value, {})

    def launch_variables(self) -> APICall[dict[str, str]]:
        return launch_variables._list_call({}).map(lambda rows: {str(row.key): str(row.id) for row in rows})

    def attached_launch_variables(self, test_id: str) -> APICall[list[str]]:
        return launch_variables._attached_call(test_id, {}).map(lambda rows: [str(row.key) for row in rows])

    def replace_launch_variables(self, test_id: str, keys: list[str]) -> Plan[object]:
        return launch_variables._attachment_plan(test_id, keys, "replace", {})

    def set_device_target(self, test_id: str, target: dict[str, str]) -> APICall[Any]:
        return device_target_call(test_id, target.get("device_model"), target.get("os_version"),
                                  target.get("orientation"), {})


def _message(item: dict[str, Any]) -> ValidationMessage:
    line = item.get("line") or item.get("line_number") or 0
    return ValidationMessage(_text(item.get("severity")), _text(item.get("message")),
                             line if isinstance(line, int) else 0, _text(item.get("field_path")))


ProjectDir = str | os.PathLike[str]


def _chosen(tests: Sequence[str] | str | None) -> list[str] | None:
    if tests is None:
        return None
    chosen = [tests] if isinstance(tests, str) else list(tests)
    if not chosen or not all(isinstance(name, str) and name.strip() for name in chosen):
        raise RevylError(f"tests must name test files (aliases) or test ids, got {tests!r}")
    return [name.strip() for name in chosen]


def status_plan(project_dir: ProjectDir, remote_only: bool) -> Plan[TestsStatus]:
    from .._testcode.layout import Project
    from .._testcode.status import status_plan as plan

    return plan(Project(project_dir), RemoteCalls(), remote_only=remote_only)


def diff_plan(project_dir: ProjectDir, tests: Sequence[str] | str | None) -> Plan[DiffResult]:
    from .._testcode.layout import Project
    from .._testcode.pull import diff_plan as plan

    return plan(Project(project_dir), RemoteCalls(), only=_chosen(tests))


def pull_plan(project_dir: ProjectDir, tests: Sequence[str] | str | None, force: bool, dry_run: bool
              ) -> Plan[PullResult]:
    from .._testcode.layout import Project
    from .._testcode.pull import pull_plan as plan

    return plan(Project(project_dir), RemoteCalls(), only=_chosen(tests), force=force, dry_run=dry_run)


def push_plan(project_dir: ProjectDir, tests: Sequence[str] | str | None, force: bool, dry_run: bool
              ) -> Plan[PushResult]:
    from .._testcode.layout import Project
    from .._testcode.push import push_plan as plan

    return plan(Project(project_dir), RemoteCalls(), only=_chosen(tests), force=force, dry_run=dry_run)
