"""Push: the repo's changed tests into Revyl, all checked before the first write.

Order: every file is read and checked locally (any problem: nothing is sent); Revyl checks
each file to push (`validate-yaml`); the names the files use (app, modules, scripts, launch
variables) are resolved to ids, an unknown one being a problem of its file. Only then are
tests created or updated, each update carrying the version the file was synced at
(`expected_version`), so a test changed in Revyl since is a conflict (409) and stays as
it is, unless `force`. After a test is written its tags, variables, launch variables and
device target follow (their failures are warnings), and the file is saved with the new
version and checksum. Unchanged files are not sent.
"""

from __future__ import annotations

from collections.abc import Callable, Generator, Sequence
from dataclasses import dataclass, field
from typing import Any

from .._core.effects import Plan, Send, send
from .._core.exceptions import ConflictError, RevylError
from .blocks import UnknownName, tasks_from_blocks
from .layout import LocalTest, Project, now_rfc3339
from .remote import App, Remote, RemoteTest, ValidationMessage
from .results import FileError, PushAction, PushOutcome, PushResult, SyncState
from .status import Survey, every_page, survey_plan, targets
from .validate import problems

__all__ = ["push_plan"]

Steps = Generator[Any, Any, Any]


@dataclass
class _Names:
    """Name -> id maps, each read once, only if a file to push needs it."""

    modules: dict[str, str] | None = None
    scripts: dict[str, str] | None = None
    apps: list[App] | None = None
    launch_variables: dict[str, str] | None = None


@dataclass
class _Prepared:
    local: LocalTest
    tasks: list[dict[str, Any]]
    app_id: str | None
    launch_variables: list[str] | None
    warnings: list[str] = field(default_factory=list)


def push_plan(project: Project, remote: Remote, *, only: Sequence[str] | None, force: bool,
              dry_run: bool) -> Plan[PushResult]:
    survey: Survey = yield from survey_plan(project, remote)
    errors = [error for local in survey.files for error in problems(local)]
    if errors:
        return PushResult(errors=tuple(errors), dry_run=dry_run)
    outcomes: list[PushOutcome] = []
    pending = []
    for local in targets(survey, only):
        outcome = _unsent(survey, local, force)
        if outcome is None:
            pending.append(local)
        else:
            outcomes.append(outcome)
    for local in pending:
        errors += yield from _revyl_check(remote, local)
    prepared = []
    names = _Names()
    for local in pending:
        ready = yield from _prepare(remote, local, names)
        if isinstance(ready, FileError):
            errors.append(ready)
        else:
            prepared.append(ready)
    if errors:
        return PushResult(errors=tuple(errors), dry_run=dry_run)
    for ready in prepared:
        if dry_run:
            action = PushAction.WOULD_UPDATE if ready.local.remote_id else PushAction.WOULD_CREATE
            outcomes.append(PushOutcome(ready.local.alias, action, ready.local.remote_id or None))
        else:
            outcomes.append((yield from _write(project, remote, ready, force)))
    return PushResult(tuple(outcomes), dry_run=dry_run)


def _unsent(survey: Survey, local: LocalTest, force: bool) -> PushOutcome | None:
    """The outcome of a file push leaves alone; None for one it sends."""
    status = survey.status_of(local)
    if status.state in (SyncState.MODIFIED, SyncState.LOCAL_ONLY):
        return None
    if status.state is SyncState.CONFLICT:
        if force:
            return None
        return PushOutcome(local.alias, PushAction.CONFLICT, local.remote_id, status.remote_version,
                           f"Revyl has version {status.remote_version} and the file was synced at version "
                           f"{local.remote_version}: pull and merge, or push with force=True to overwrite")
    if status.state is SyncState.MISSING:
        return PushOutcome(local.alias, PushAction.FAILED, local.remote_id, None, status.message)
    message = "Revyl has a newer version: pull it" if status.state is SyncState.OUTDATED else None
    return PushOutcome(local.alias, PushAction.UNCHANGED, local.remote_id, local.remote_version, message)


def _revyl_check(remote: Remote, local: LocalTest) -> Steps:
    valid, messages = yield Send(remote.validate(local.text))
    if valid:
        return []
    found = [m for m in messages if m.severity == "error"] or [ValidationMessage("error", "Revyl refused the file")]
    return [FileError(local.alias, f"{local.path}:{m.line}" if m.line else str(local.path),
                      f"{m.field_path}: {m.message}" if m.field_path else m.message) for m in found]


def _uses(blocks: Sequence[dict[str, Any]], key: str) -> bool:
    return any(key in block or _uses([*block.get("then", ()), *block.get("else", ()), *block.get("body", ())], key)
               for block in blocks)


def _quietly_all(page_call: Any) -> Steps:
    try:
        return (yield from every_page(page_call))
    except RevylError:
        return None


def _quietly(call: Any) -> Steps:
    try:
        return (yield Send(call))
    except RevylError:
        return None


def _prepare(remote: Remote, local: LocalTest, names: _Names) -> Steps:
    """The file's outgoing tasks and ids, or the problem of a name that resolves to nothing."""
    test = local.test
    if names.modules is None and _uses(test["blocks"], "module"):
        names.modules = (yield from _quietly(remote.modules())) or {}
    if names.scripts is None and _uses(test["blocks"], "script"):
        names.scripts = dict((yield from _quietly_all(remote.scripts_page)) or ())
    try:
        tasks = tasks_from_blocks(test["blocks"], names.modules or {}, names.scripts or {})
    except UnknownName as unknown:
        return FileError(local.alias, local.where(unknown.path), str(unknown))
    app_id = None
    app_name = test.get("build", {}).get("name", "")
    if app_name:
        if names.apps is None:
            names.apps = yield from every_page(remote.apps_page)
        platform = test["metadata"].get("platform", "").lower()
        found = [app for app in names.apps if app.name.lower() == app_name.lower()
                 and (not platform or app.platform.lower() == platform)]
        if not found:
            return FileError(local.alias, local.where(("build", "name")),
                             f'app "{app_name}" not found for platform {platform or "any"}')
        app_id = found[0].id
    if test.get("env_vars"):
        if names.launch_variables is None:
            names.launch_variables = yield Send(remote.launch_variables())
        unknown_keys = [key for key in test["env_vars"] if key not in names.launch_variables]
        if unknown_keys:
            return FileError(local.alias, local.where(("env_vars",)),
                             f"launch variable(s) {', '.join(unknown_keys)} not found in the organisation")
    return _Prepared(local, tasks, app_id, test.get("env_vars"))


def _fields(ready: _Prepared) -> dict[str, Any]:
    metadata, build = ready.local.test["metadata"], ready.local.test.get("build", {})
    fields = {"name": metadata["name"], "description": metadata.get("description", ""), "tasks": ready.tasks,
              "app_id": ready.app_id, "pinned_version": build.get("pinned_version", "")}
    return {key: value for key, value in fields.items() if value not in ("", None)}


def _write(project: Project, remote: Remote, ready: _Prepared, force: bool) -> Steps:
    local = ready.local
    fields = _fields(ready)
    try:
        if local.remote_id:
            expected = None if force else local.remote_version or None
            written: RemoteTest = yield Send(remote.update_test(local.remote_id, fields, expected))
            action = PushAction.UPDATED
        else:
            written = yield Send(remote.create_test(fields["name"], local.test["metadata"]["platform"].lower(),
                                                    fields["app_id"], ready.tasks))
            extra: dict[str, Any] = {key: fields[key] for key in ("description", "pinned_version") if key in fields}
            if extra:  # create takes neither (MANAGEMENT.md 5.7)
                written = yield Send(remote.update_test(written.id, extra, written.version))
            action = PushAction.CREATED
    except ConflictError as conflict:
        return PushOutcome(local.alias, PushAction.CONFLICT, local.remote_id, None,
                           f"Revyl's test changed since the file was synced ({conflict}); pull, or push with "
                           "force=True to overwrite")
    except RevylError as error:
        return PushOutcome(local.alias, PushAction.FAILED, local.remote_id or None, None, str(error))
    warnings = yield from _settings(remote, ready, written.id)
    version = written.version or 0
    meta = {"remote_id": written.id, "remote_version": version, "local_version": version,
            "last_synced_at": now_rfc3339()}
    project.save(local.alias, meta, local.test)
    return PushOutcome(local.alias, action, written.id, version, None, tuple(warnings))


def _settings(remote: Remote, ready: _Prepared, test_id: str) -> Steps:
    """Tags, variables, launch variables and device target after the test: warnings, not failures."""
    test, warnings = ready.local.test, []
    steps: list[tuple[str, Callable[[], Plan[Any]]]] = []
    if test["metadata"].get("tags"):  # an empty list never clears Revyl's tags
        steps.append(("tags", lambda: send(remote.set_test_tags(test_id, list(test["metadata"]["tags"])))))
    if test.get("variables"):
        steps.append(("variables", lambda: _replace_variables(remote, test_id, test["variables"])))
    if ready.launch_variables:
        keys = list(ready.launch_variables)
        steps.append(("launch variables", lambda: remote.replace_launch_variables(test_id, keys)))
    device = test.get("device") or {}
    if device.get("model") or device.get("orientation"):
        target = {"device_model": device.get("model", ""), "os_version": device.get("os_version", ""),
                  "orientation": device.get("orientation", "")}
        chosen = {key: value for key, value in target.items() if value}
        steps.append(("device target", lambda: send(remote.set_device_target(test_id, chosen))))
    for what, step in steps:
        try:
            yield from step()
        except RevylError as error:
            warnings.append(f"{what} not set: {error}")
    return warnings


def _replace_variables(remote: Remote, test_id: str, variables: dict[str, str]) -> Steps:
    # Not atomic, as with Revyl's CLI: a failure part way leaves some of them set.
    yield Send(remote.clear_test_variables(test_id))
    for name, value in variables.items():
        yield from remote.set_test_variable(test_id, name, value)
