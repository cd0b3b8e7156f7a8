"""Tests: YAML validation, creation and conversion; running, polling and cancelling runs."""

from __future__ import annotations

import secrets
from datetime import UTC, datetime
from typing import Any

from fastapi import APIRouter, HTTPException, Request
from fastapi.exceptions import RequestValidationError

from . import _lifecycle as lifecycle
from . import _render as render
from . import _yaml_tests as yaml_tests
from ._bodies import (
    BlocksCreationRequest,
    BlocksToYamlRequest,
    ShareableReportByTaskModel,
    TaskID,
    ValidationRequest,
    YamlCreationRequest,
    YamlToBlocksRequest,
)
from ._http import store_of
from ._records import Test, TestTask, new_id
from ._store import Store

router = APIRouter()


def _now() -> str:
    return datetime.now(UTC).isoformat().replace("+00:00", "Z")


def add_test(store: Store, name: str, platform: str, blocks: list[dict[str, Any]],
             app_id: str | None = None, tags: list[str] | None = None) -> Test:
    test = Test(new_id(), name, platform, blocks, app_id, tags or [])
    with store.lock:
        store.tests[test.id] = test
    return test


@router.post("/api/v1/tests/yaml/validate-yaml")
async def validate_yaml(body: ValidationRequest) -> dict[str, Any]:
    report = yaml_tests.validate(body.yaml_content, body.validation_type.value)
    return {"is_valid": report.is_valid, "validation_type": body.validation_type.value,
            "errors": len(report.errors), "warnings": len(report.warnings),
            "messages": [message.as_json() for message in report.messages]}


def _error_text(message: yaml_tests.Message) -> str:
    where = f" (line {message.line}, column {message.column})" if message.line else ""
    return f"{message.field_path or 'yaml'}: {message.message}{where}"


def _app_named(store: Store, name: str, platform: str) -> str | None:
    for app in store.apps.values():
        if app.name == name and app.platform == platform:
            return app.id
    return None


def _test_document(text: str) -> yaml_tests.Report:
    """The validator's report on `text`; 422 on `yaml_content` if it is no test document at all.

    A document that parses but has no top-level `test` mapping cannot be converted or
    created from, so it is an invalid body; problems inside a test are reported per line.
    """
    report = yaml_tests.validate(text)
    missing = [m for m in report.errors if m.code == "MISSING_TEST_ROOT"]
    if missing:
        raise RequestValidationError([{"type": "value_error", "loc": ("body", "yaml_content"),
                                       "msg": missing[0].message, "input": text}])
    return report


@router.post("/api/v1/tests/yaml/from-yaml")
async def create_from_yaml(request: Request, body: YamlCreationRequest) -> dict[str, Any]:
    store = store_of(request)
    report = _test_document(body.yaml_content)
    if not report.is_valid:
        errors = [_error_text(message) for message in report.errors]
        return {"success": False, "test_id": "", "extracted_metadata": {}, "blocks_count": 0,
                "generated_ids": [], "errors": errors, "created_at": None, "error": errors[0]}
    metadata = {**yaml_tests.metadata_of(report.document), **(body.metadata_overrides or {})}
    blocks = yaml_tests.to_blocks(report.document["test"]["blocks"])
    with store.lock:
        app_id = metadata.get("app_id") or _app_named(store, str(metadata.get("build_name", "")),
                                                      metadata["platform"])
    test = add_test(store, str(metadata["name"]), metadata["platform"], blocks,
                    str(app_id) if app_id else None, [str(t) for t in metadata.get("tags") or []])
    return {"success": True, "test_id": test.id, "extracted_metadata": metadata,
            "blocks_count": len(blocks), "generated_ids": [b["id"] for b in blocks],
            "errors": [], "created_at": _now(), "error": None}


def _block_errors(blocks: Any, path: str = "blocks") -> list[str]:
    """What makes an API block tree unusable: wrong shapes, unknown types, non-text ids."""
    if not isinstance(blocks, list):
        return [f"{path}: must be a list of blocks"]
    errors = []
    for index, block in enumerate(blocks):
        where = f"{path}[{index}]"
        if not isinstance(block, dict):
            errors.append(f"{where}: must be a block (an object)")
            continue
        if block.get("type") not in yaml_tests.BLOCK_TYPES:
            errors.append(f"{where}.type: unknown block type {block.get('type')!r}")
        if block.get("id") is not None and not isinstance(block["id"], str):
            errors.append(f"{where}.id: must be a string")
        for children in ("thenChildren", "elseChildren", "children"):
            if block.get(children) is not None:
                errors.extend(_block_errors(block[children], f"{where}.{children}"))
    return errors


@router.post("/api/v1/tests/yaml/from-blocks")
async def create_from_blocks(request: Request, body: BlocksCreationRequest) -> dict[str, Any]:
    store = store_of(request)
    errors = _block_errors(body.blocks)
    name = body.metadata.get("name")
    if not name:
        errors.append("metadata.name: a test name is required")
    platform = yaml_tests.PLATFORMS.get(str(body.metadata.get("platform", "android")).lower())
    if platform is None:
        errors.append("metadata.platform: expected 'ios' or 'android'")
    if errors or platform is None:
        return {"success": False, "test_id": "", "blocks_count": 0, "generated_ids": [],
                "errors": errors, "created_at": None}
    blocks = [{**block, "id": block.get("id") or new_id()} for block in body.blocks]
    app_id = body.metadata.get("app_id")
    test = add_test(store, str(name), platform, blocks, str(app_id) if app_id else None)
    return {"success": True, "test_id": test.id, "blocks_count": len(blocks),
            "generated_ids": [b["id"] for b in blocks], "errors": [], "created_at": _now()}


@router.post("/api/v1/tests/yaml/conversion/yaml-to-blocks")
async def yaml_to_blocks(body: YamlToBlocksRequest) -> dict[str, Any]:
    report = _test_document(body.yaml_content)
    if not report.is_valid:
        return {"success": False, "converted_content": "", "metadata": None,
                "errors": [_error_text(message) for message in report.errors]}
    return {"success": True, "converted_content": yaml_tests.to_blocks(report.document["test"]["blocks"]),
            "metadata": yaml_tests.metadata_of(report.document), "errors": []}


@router.post("/api/v1/tests/yaml/conversion/blocks-to-yaml")
async def blocks_to_yaml(body: BlocksToYamlRequest) -> dict[str, Any]:
    errors = _block_errors(body.blocks)
    if errors:
        return {"success": False, "converted_content": "", "metadata": None, "errors": errors}
    text = yaml_tests.dump_test(body.metadata or {}, body.blocks)
    return {"success": True, "converted_content": text, "metadata": body.metadata, "errors": []}


@router.get("/api/v1/tests/get_test_by_id/{test_id}")
async def get_test(request: Request, test_id: str) -> dict[str, Any]:
    store = store_of(request)
    with store.lock:
        return render.test(store.test(test_id))


@router.post("/api/v1/execution/api/execute_test_id_async")
async def execute_test(request: Request, body: TaskID) -> dict[str, Any]:
    store = store_of(request)
    with store.lock:
        test = store.test(str(body.test_id))
        build = store.build(str(body.build_version_id)) if body.build_version_id else None
        if build is None and test.app_id and test.app_id in store.apps:
            current = store.apps[test.app_id].current_build_id
            build = store.builds.get(current or "")
        task = new_test_task(store, test, build.id if build else None)
        task.app_package = build.package_name if build else None
        lifecycle.start_test(store, task)
    return {"status": "queued", "message": "Test execution queued", "id": task.id,
            "task_id": task.id}


def new_test_task(store: Store, test: Test, build_id: str | None,
                  workflow_task_id: str | None = None) -> TestTask:
    """A queued run of `test` following its script; step names come from its blocks."""
    script = store.script_for(test.id)
    names = list(yaml_tests.iter_steps(test.blocks)) or ["Run test"]
    count = script.steps or len(names)
    steps = [names[i % len(names)] for i in range(count)]
    return TestTask(new_id(), test, script, steps, build_id, workflow_task_id=workflow_task_id)


@router.get("/api/v1/tests/get_test_execution_task")
async def test_status(request: Request, task_id: str) -> dict[str, Any]:
    store = store_of(request)
    with store.lock:
        return render.test_status(store.test_task(task_id))


@router.post("/api/v1/execution/tests/status/cancel/{task_id}")
async def cancel_test(request: Request, task_id: str) -> dict[str, Any]:
    store = store_of(request)
    with store.lock:
        task = store.test_task(task_id)
        if lifecycle.cancel_test(store, task):
            return {"success": True, "message": "Test cancellation requested",
                    "task_id": task.id, "status": task.status}
        return {"success": False, "message": f"Test cannot be cancelled: it is already {task.status}",
                "task_id": task.id, "status": task.status}


def check_origin(origin: str | None, app_url: str) -> str:
    """The link base: Revyl accepts only its app origins (here also the configured and local ones)."""
    chosen = (origin or "https://app.revyl.ai").rstrip("/")
    allowed = {"https://app.revyl.ai", app_url.rstrip("/")}
    if chosen not in allowed and not chosen.startswith(("http://localhost", "http://127.0.0.1")):
        raise HTTPException(400, f"Origin '{chosen}' is not allowed")
    return chosen


def check_expiration(hours: int | None) -> None:
    """`null` means the link never expires; zero or fewer hours is refused."""
    if hours is not None and hours <= 0:
        raise HTTPException(400, "expiration_hours must be positive, or null for no expiry")


@router.post("/api/v1/report/async-run/generate_shareable_report_link_by_task")
async def share_test_report(request: Request, body: ShareableReportByTaskModel) -> dict[str, Any]:
    store = store_of(request)
    origin = check_origin(body.origin, store.settings.app_url)
    check_expiration(body.expiration_hours)
    with store.lock:
        task = store.test_task(body.task_id)
        task.share_token = task.share_token or secrets.token_urlsafe(16)
        return {"shareable_link": f"{origin}/shared/report/{task.share_token}"}
