"""Pull: Revyl's tests into `.revyl/tests/*.yaml`, as Revyl's CLI writes them; and diff.

A test is written whole from what Revyl returns (its steps, app, tags, variables, launch
variables and device target), so a pulled file shows as synced in `revyl test list`. The
file's `location`, which sync neither pushes nor pulls, is kept. A file with changes of its
own is left alone (a conflict) unless `force`. Reading a test's app, tags, variables or
launch variables may fail without failing the pull, as with the CLI: the field is left out.
"""

from __future__ import annotations

import difflib
from collections.abc import Generator, Sequence
from dataclasses import dataclass, field
from typing import Any

from .._core.effects import Plan, Send
from .._core.exceptions import RevylError
from . import goyaml
from .blocks import blocks_from_tasks
from .decode import canonical
from .layout import LocalTest, Project, alias_for, now_rfc3339
from .remote import App, Remote, RemoteTest
from .results import DiffResult, PullAction, PullOutcome, PullResult, SyncState, TestDiff
from .schema import TEST
from .status import Survey, every_page, survey_plan, targets

__all__ = ["Lookups", "diff_plan", "fetch_definition", "pull_plan"]

Steps = Generator[Any, Any, Any]


@dataclass
class Lookups:
    """The organisation's modules and scripts (id -> name) and apps, read once per run."""

    modules: dict[str, str] | None = None
    scripts: dict[str, str] | None = None
    apps: dict[str, App | None] = field(default_factory=dict)


def _quietly(call: Any) -> Steps:
    """The answer to `call`, or None when Revyl refuses it (the field is then left out)."""
    try:
        return (yield Send(call))
    except RevylError:
        return None


def _quietly_all(page_call: Any) -> Steps:
    try:
        return (yield from every_page(page_call))
    except RevylError:
        return None


def _names_by_id(names: dict[str, str] | None) -> dict[str, str]:
    return {ident: name for name, ident in (names or {}).items()}


def _device(test: RemoteTest) -> dict[str, str] | None:
    for model, os_version in test.mobile_targets:
        if model and model.upper() != "AUTO":
            return {"model": model, "os_version": os_version, "orientation": test.orientation}
    if not test.mobile_targets and test.orientation and test.orientation != "portrait":
        return {"orientation": test.orientation}
    return None


def fetch_definition(remote: Remote, test_id: str, lookups: Lookups, *,
                     location: dict[str, Any] | None = None) -> Plan[tuple[RemoteTest, dict[str, Any]]]:
    """Revyl's test `test_id` and the canonical `test:` section a pull writes for it."""
    test: RemoteTest = yield Send(remote.get_test(test_id))
    if lookups.modules is None:
        lookups.modules = _names_by_id((yield from _quietly(remote.modules())))
        lookups.scripts = _names_by_id(dict((yield from _quietly_all(remote.scripts_page)) or ()))
    app = None
    if test.app_id:
        if test.app_id not in lookups.apps:
            lookups.apps[test.app_id] = yield from _quietly(remote.app(test.app_id))
        app = lookups.apps[test.app_id]
    tags = (yield from _quietly(remote.test_tags(test.id))) or []
    variables = (yield from _quietly(remote.test_variables(test.id))) or {}
    env_vars = (yield from _quietly(remote.attached_launch_variables(test.id))) or []
    values = {
        "metadata": {"name": test.name, "platform": test.platform.lower(), "description": test.description,
                     "tags": list(tags)},
        "build": {"name": app.name, "pinned_version": test.pinned_version, "system_prompt": app.system_prompt}
        if app else {"pinned_version": test.pinned_version},
        "device": _device(test),
        "variables": dict(variables),
        "env_vars": sorted(env_vars),
        "location": location,
        "blocks": blocks_from_tasks(test.tasks, lookups.modules or {}, lookups.scripts or {}),
    }
    return test, canonical(TEST, values)


def _meta(test_id: str, version: int) -> dict[str, Any]:
    return {"remote_id": test_id, "remote_version": version, "local_version": version,
            "last_synced_at": now_rfc3339()}


def pull_plan(project: Project, remote: Remote, *, only: Sequence[str] | None, force: bool,
              dry_run: bool) -> Plan[PullResult]:
    created = False if dry_run else project.ensure()
    survey: Survey = yield from survey_plan(project, remote)
    chosen = targets(survey, [name for name in only if _is_local(survey, name)] if only else None)
    new = [test for test in survey.unlinked() if only is None or test.id in only or test.name in only]
    unknown = [name for name in only or () if not _is_local(survey, name)
               and not any(name in (test.id, test.name) for test in new)]
    if unknown:
        raise RevylError(f"nothing to pull for {', '.join(map(repr, unknown))}: no such test file or test")
    lookups = Lookups()
    outcomes = []
    for local in chosen:
        outcomes.append((yield from _pull_existing(project, remote, survey, local, lookups, force, dry_run)))
    taken = [local.alias for local in survey.files]
    for test in new:
        alias = alias_for(test.name, test.id, taken)
        taken.append(alias)
        outcomes.append((yield from _pull_new(project, remote, test, alias, lookups, dry_run)))
    return PullResult(tuple(outcomes), created, dry_run)


def _is_local(survey: Survey, name: str) -> bool:
    return any(name in (local.alias, local.remote_id) for local in survey.files)


def _pull_existing(project: Project, remote: Remote, survey: Survey, local: LocalTest, lookups: Lookups,
                   force: bool, dry_run: bool) -> Steps:
    status = survey.status_of(local)
    skip = {SyncState.INVALID: PullAction.FAILED, SyncState.LOCAL_ONLY: PullAction.UNCHANGED,
            SyncState.MISSING: PullAction.FAILED, SyncState.SYNCED: PullAction.UNCHANGED}
    if status.state in skip:
        return PullOutcome(local.alias, skip[status.state], status.test_id, status.local_version,
                           local.path, status.message)
    if status.state in (SyncState.MODIFIED, SyncState.CONFLICT) and not force:
        return PullOutcome(local.alias, PullAction.CONFLICT, local.remote_id, local.remote_version, local.path,
                           "the file has changes of its own: push them, or pull with force=True to drop them")
    if dry_run:
        return PullOutcome(local.alias, PullAction.WOULD_PULL, local.remote_id, status.remote_version, local.path)
    location = local.test.get("location")
    test, definition = yield from fetch_definition(remote, local.remote_id, lookups, location=location)
    return _written(project, local.alias, test, definition)


def _pull_new(project: Project, remote: Remote, listed: RemoteTest, alias: str, lookups: Lookups,
              dry_run: bool) -> Steps:
    if dry_run:
        return PullOutcome(alias, PullAction.WOULD_PULL, listed.id, listed.version, project.file_of(alias))
    test, definition = yield from fetch_definition(remote, listed.id, lookups)
    return _written(project, alias, test, definition)


def _written(project: Project, alias: str, test: RemoteTest, definition: dict[str, Any]) -> PullOutcome:
    version = test.version or 0
    saved = project.save(alias, _meta(test.id, version), definition)
    return PullOutcome(alias, PullAction.PULLED, test.id, version, saved.path)


def diff_plan(project: Project, remote: Remote, *, only: Sequence[str] | None) -> Plan[DiffResult]:
    """Each file against what a pull would write now (the whole test, as YAML); synced tests
    are not fetched: they agree by construction."""
    survey: Survey = yield from survey_plan(project, remote)
    lookups = Lookups()
    diffs = []
    for local in targets(survey, only):
        status = survey.status_of(local)
        theirs = ""
        if status.state in (SyncState.MODIFIED, SyncState.OUTDATED, SyncState.CONFLICT):
            _, definition = yield from fetch_definition(remote, local.remote_id, lookups,
                                                        location=local.test.get("location"))
            theirs = goyaml.dump(definition)
        elif status.state is not SyncState.LOCAL_ONLY:
            diffs.append(TestDiff(local.alias, status.state, status.test_id, ""))
            continue
        ours = goyaml.dump(local.test)
        lines = difflib.unified_diff(theirs.splitlines(keepends=True), ours.splitlines(keepends=True),
                                     f"revyl/{local.alias}", str(local.path))
        diffs.append(TestDiff(local.alias, status.state, status.test_id, "".join(lines)))
    return DiffResult(tuple(diffs))
