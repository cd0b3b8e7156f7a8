"""Tests: creating them (directly, from YAML, from blocks), starting and cancelling their runs,
and the queries the list and history endpoints answer."""

from __future__ import annotations

from typing import Any

from ..._state.builds import Build
from ..._state.ids import new_id
from ..._state.runs import TestTask
from ..._state.store import Store
from ..._state.tests import Test
from ..runs import ops as runs
from . import documents

# The vocabulary of the list endpoints' "last status" (TestStatusCounts, WorkflowLastExecution).
LAST_STATUS = {"completed": "success", "failed": "failure", "timeout": "timeout", "cancelled": "cancelled"}


def add_test(store: Store, name: str, platform: str, blocks: list[dict[str, Any]],
             app_id: str | None = None, tags: list[str] | None = None) -> Test:
    test = Test(new_id(), name, platform, blocks, app_id, tags or [])
    with store.lock:
        store.tests.rows[test.id] = test
    return test


def platform_of(name: str) -> str:
    """`iOS` or `Android` for any spelling of either; ValueError otherwise."""
    normalized = documents.PLATFORMS.get(name.lower())
    if normalized is None:
        raise ValueError(f"platform must be 'ios' or 'android', got {name!r}")
    return normalized


def add_from_steps(store: Store, name: str, platform: str, steps: list[str] | None,
                   app_id: str | None, tags: list[str] | None) -> Test:
    """A test of instruction blocks, one per step description (the emulator's `add_test`)."""
    source = [{"type": "instructions", "step_description": s} for s in steps or ["Open the app"]]
    return add_test(store, name, platform_of(platform), documents.to_blocks(source), app_id, tags)


def add_from_yaml_document(store: Store, text: str, app_id: str | None, tags: list[str] | None) -> Test:
    """A test from a test YAML; ValueError naming its problems if it is not valid."""
    report = documents.validate(text)
    if not report.is_valid:
        raise ValueError("; ".join(m.message for m in report.errors))
    meta = documents.metadata_of(report.document)
    blocks = documents.to_blocks(report.document["test"]["blocks"])
    return add_test(store, meta["name"], meta["platform"], blocks, app_id,
                    tags or [str(tag) for tag in meta.get("tags") or []])


def missing_root(report: documents.Report) -> documents.Message | None:
    """The error saying a document has no top-level `test` mapping, if it has none."""
    return next((m for m in report.errors if m.code == "MISSING_TEST_ROOT"), None)


def error_text(message: documents.Message) -> str:
    where = f" (line {message.line}, column {message.column})" if message.line else ""
    return f"{message.field_path or 'yaml'}: {message.message}{where}"


def _app_named(store: Store, name: str, platform: str) -> str | None:
    for app in store.apps.rows.values():
        if app.name == name and app.platform == platform:
            return app.id
    return None


def create_from_yaml(store: Store, report: documents.Report,
                     overrides: dict[str, Any] | None) -> tuple[Test, dict[str, Any]]:
    """A test from a valid document; it and the metadata it was made with."""
    metadata = {**documents.metadata_of(report.document), **(overrides or {})}
    blocks = documents.to_blocks(report.document["test"]["blocks"])
    with store.lock:
        app_id = metadata.get("app_id") or _app_named(store, str(metadata.get("build_name", "")),
                                                      metadata["platform"])
    test = add_test(store, str(metadata["name"]), metadata["platform"], blocks,
                    str(app_id) if app_id else None, [str(t) for t in metadata.get("tags") or []])
    return test, metadata


def block_errors(blocks: Any, path: str = "blocks") -> list[str]:
    """What makes an API block tree unusable: wrong shapes, unknown types, non-text ids."""
    if not isinstance(blocks, list):
        return [f"{path}: must be a list of blocks"]
    errors = []
    for index, block in enumerate(blocks):
        where = f"{path}[{index}]"
        if not isinstance(block, dict):
            errors.append(f"{where}: must be a block (an object)")
            continue
        if block.get("type") not in documents.BLOCK_TYPES:
            errors.append(f"{where}.type: unknown block type {block.get('type')!r}")
        if block.get("id") is not None and not isinstance(block["id"], str):
            errors.append(f"{where}.id: must be a string")
        for children in ("thenChildren", "elseChildren", "children"):
            if block.get(children) is not None:
                errors.extend(block_errors(block[children], f"{where}.{children}"))
    return errors


def create_from_blocks(store: Store, blocks: list[dict[str, Any]],
                       metadata: dict[str, Any]) -> Test | list[str]:
    """A test from API blocks, or what is wrong with them."""
    errors = block_errors(blocks)
    name = metadata.get("name")
    if not name:
        errors.append("metadata.name: a test name is required")
    platform = documents.PLATFORMS.get(str(metadata.get("platform", "android")).lower())
    if platform is None:
        errors.append("metadata.platform: expected 'ios' or 'android'")
    if errors or platform is None:
        return errors
    with_ids = [{**block, "id": block.get("id") or new_id()} for block in blocks]
    app_id = metadata.get("app_id")
    return add_test(store, str(name), platform, with_ids, str(app_id) if app_id else None)


def start_run(store: Store, test_id: str, build_id: str | None) -> TestTask:
    """A run of the test on `build_id` (default: its app's current build), queued and driven."""
    with store.lock:
        test = store.tests.require(test_id)
        build: Build | None = store.builds.require(build_id) if build_id else None
        if build is None and test.app_id and test.app_id in store.apps.rows:
            current = store.apps.rows[test.app_id].current_build_id
            build = store.builds.rows.get(current or "")
        task = runs.new_test_task(store, test, build.id if build else None)
        task.app_package = build.package_name if build else None
        runs.start_test(store, task)
        return task


def cancel_run(store: Store, task_id: str) -> tuple[TestTask, bool]:
    """The run, and whether it was asked to stop (False: it had ended already)."""
    with store.lock:
        task = store.runs.require_test(task_id)
        return task, runs.cancel_test(store, task)


def last_run(store: Store, test: Test) -> TestTask | None:
    done = [task for task in store.runs.tests.values() if task.test.id == test.id and task.terminal]
    return max(done, key=lambda task: task.completed_at or 0.0, default=None)


def last_status(task: TestTask | None) -> str | None:
    if task is None:
        return None
    return "success" if task.passed else LAST_STATUS.get(task.status, "failure")


def newest_first(store: Store) -> list[Test]:
    return sorted(store.tests.rows.values(), key=lambda test: test.created_at, reverse=True)


def _matches(store: Store, test: Test, search: str | None, platform: str | None, app_id: str | None,
             tags: str | None, status: str) -> bool:
    wanted_tags = {tag.strip().lower() for tag in (tags or "").split(",") if tag.strip()}
    last = last_status(last_run(store, test))
    return all((
        not search or search.lower() in test.name.lower(),
        not platform or platform.lower() == test.platform.lower(),
        not app_id or app_id == test.app_id,
        not wanted_tags or bool(wanted_tags & {tag.lower() for tag in test.tags}),
        status == "all" or (status == "passing" and last == "success")
        or (status == "failing" and last not in (None, "success")) or (status == "notRun" and last is None),
    ))


def query(store: Store, *, search: str | None, status: str, platform: str | None, app_id: str | None,
          tags: str | None, sort_by: str, sort_dir: str) -> list[Test]:
    """The tests `get_tests` lists, in its order."""
    found = [test for test in store.tests.rows.values()
             if _matches(store, test, search, platform, app_id, tags, status)]
    if sort_by == "name":
        found.sort(key=lambda test: test.name.lower(), reverse=sort_dir == "desc")
    else:  # lastRun and the rest: newest first, as the app shows them
        found.sort(key=lambda test: test.created_at, reverse=sort_dir == "desc")
    return found


def history(store: Store, test_id: str, status: str | None, sort_order: str) -> list[TestTask]:
    """The test's runs, those still going included: Revyl's CLI reads its `test status` here."""
    store.tests.require(test_id)
    found = [task for task in store.runs.tests.values() if task.test.id == test_id
             and (status is None or task.status == status)]
    found.sort(key=lambda task: task.created_at, reverse=sort_order == "desc")
    return found

