"""`/api/v1/tests/*` and the test-run endpoints: YAML validation, creation and conversion; lookups
and history; running, polling and cancelling runs."""

from __future__ import annotations

import time
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query
from fastapi.exceptions import RequestValidationError

from ..._server.bodies import (
    BlocksCreationRequest,
    BlocksToYamlRequest,
    TaskID,
    ValidationRequest,
    YamlCreationRequest,
    YamlToBlocksRequest,
)
from ..._server.deps import LockedStore, UnlockedStore
from ..._state.ids import iso
from . import documents, ops, shapes

router = APIRouter()


def _test_document(text: str) -> documents.Report:
    """The validator's report on `text`; 422 on `yaml_content` if it is no test document at all.

    A document that parses but has no top-level `test` mapping cannot be converted or
    created from, so it is an invalid body; problems inside a test are reported per line.
    """
    report = documents.validate(text)
    missing = ops.missing_root(report)
    if missing is not None:
        raise RequestValidationError([{"type": "value_error", "loc": ("body", "yaml_content"),
                                       "msg": missing.message, "input": text}])
    return report


@router.post("/api/v1/tests/yaml/validate-yaml")
async def validate_yaml(body: ValidationRequest) -> dict[str, Any]:
    report = documents.validate(body.yaml_content, body.validation_type.value)
    return shapes.validation(report, body.validation_type.value)


@router.post("/api/v1/tests/yaml/from-yaml")
async def create_from_yaml(store: UnlockedStore, body: YamlCreationRequest) -> dict[str, Any]:
    report = _test_document(body.yaml_content)
    if not report.is_valid:
        errors = [ops.error_text(message) for message in report.errors]
        return {"success": False, "test_id": "", "extracted_metadata": {}, "blocks_count": 0,
                "generated_ids": [], "errors": errors, "created_at": None, "error": errors[0]}
    test, metadata = ops.create_from_yaml(store, report, body.metadata_overrides)
    return {"success": True, "test_id": test.id, "extracted_metadata": metadata,
            "blocks_count": len(test.blocks), "generated_ids": [b["id"] for b in test.blocks],
            "errors": [], "created_at": iso(time.time()), "error": None}


@router.post("/api/v1/tests/yaml/from-blocks")
async def create_from_blocks(store: UnlockedStore, body: BlocksCreationRequest) -> dict[str, Any]:
    created = ops.create_from_blocks(store, body.blocks, body.metadata)
    if isinstance(created, list):
        return {"success": False, "test_id": "", "blocks_count": 0, "generated_ids": [],
                "errors": created, "created_at": None}
    return {"success": True, "test_id": created.id, "blocks_count": len(created.blocks),
            "generated_ids": [b["id"] for b in created.blocks], "errors": [],
            "created_at": iso(time.time())}


@router.post("/api/v1/tests/yaml/conversion/yaml-to-blocks")
async def yaml_to_blocks(body: YamlToBlocksRequest) -> dict[str, Any]:
    report = _test_document(body.yaml_content)
    if not report.is_valid:
        return {"success": False, "converted_content": "", "metadata": None,
                "errors": [ops.error_text(message) for message in report.errors]}
    return {"success": True, "converted_content": documents.to_blocks(report.document["test"]["blocks"]),
            "metadata": documents.metadata_of(report.document), "errors": []}


@router.post("/api/v1/tests/yaml/conversion/blocks-to-yaml")
async def blocks_to_yaml(body: BlocksToYamlRequest) -> dict[str, Any]:
    errors = ops.block_errors(body.blocks)
    if errors:
        return {"success": False, "converted_content": "", "metadata": None, "errors": errors}
    text = documents.dump_test(body.metadata or {}, body.blocks)
    return {"success": True, "converted_content": text, "metadata": body.metadata, "errors": []}


@router.get("/api/v1/tests/get_test_by_id/{test_id}")
async def get_test(store: LockedStore, test_id: str) -> dict[str, Any]:
    return shapes.test(store, store.tests.require(test_id))


@router.get("/api/v1/tests/get_simple_tests")
async def simple_tests(store: LockedStore, limit: int = 100, offset: int = 0) -> dict[str, Any]:
    tests = ops.newest_first(store)
    page = tests[max(offset, 0):max(offset, 0) + max(limit, 0)]
    return shapes.simple_tests(store, page, len(tests))


@router.get("/api/v1/tests/get_tests")
async def query_tests(
    store: LockedStore,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
    offset: Annotated[int, Query(ge=0)] = 0,
    search: str | None = None,
    status: Literal["all", "passing", "failing", "notRun"] = "all",
    platform: str | None = None,
    app_id: str | None = None,
    tags: str | None = None,
    sort_by: Literal["lastRun", "name", "status", "platform", "build", "duration"] = "lastRun",
    sort_dir: Literal["asc", "desc"] = "desc",
) -> dict[str, Any]:
    found = ops.query(store, search=search, status=status, platform=platform, app_id=app_id,
                      tags=tags, sort_by=sort_by, sort_dir=sort_dir)
    return shapes.test_page(store, found, offset, limit)


@router.get("/api/v1/tests/get_test_enhanced_history")
async def test_history(
    store: LockedStore,
    test_id: str,
    limit: Annotated[int, Query(ge=1)] = 20,
    offset: Annotated[int, Query(ge=0)] = 0,
    status: str | None = None,
    sort_order: Annotated[str, Query(pattern="^(asc|desc)$")] = "desc",
) -> dict[str, Any]:
    return shapes.history_page(ops.history(store, test_id, status, sort_order), offset, limit)


@router.post("/api/v1/execution/api/execute_test_id_async")
async def execute_test(store: LockedStore, body: TaskID) -> dict[str, Any]:
    build_id = str(body.build_version_id) if body.build_version_id else None
    task = ops.start_run(store, str(body.test_id), build_id)
    return {"status": "queued", "message": "Test execution queued", "id": task.id,
            "task_id": task.id}


@router.get("/api/v1/tests/get_test_execution_task")
async def test_status(store: LockedStore, task_id: str) -> dict[str, Any]:
    return shapes.run_status(store.runs.require_test(task_id))


@router.post("/api/v1/execution/tests/status/cancel/{task_id}")
async def cancel_test(store: LockedStore, task_id: str) -> dict[str, Any]:
    task, cancelled = ops.cancel_run(store, task_id)
    if cancelled:
        return {"success": True, "message": "Test cancellation requested",
                "task_id": task.id, "status": task.status}
    return {"success": False, "message": f"Test cannot be cancelled: it is already {task.status}",
            "task_id": task.id, "status": task.status}
