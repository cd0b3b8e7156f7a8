"""Helpers for the regen pipeline tests: where things are, how to run the CLI, tiny specs.

(Not a conftest: a second `conftest` module name would clash with tests/conftest.py.)
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]
SHARED_SPECS = REPO.parent / "shared" / "revyl-openapi"
PINNED_SPEC = SHARED_SPECS / "openapi.json"
HISTORY = sorted((SHARED_SPECS / "history").glob("*.json"))
REGEN = REPO / "scripts" / "regen.py"

# What the seed page (../shared/seed) offers, on today's paths, plus the hidden operations the
# patches restore. None of it may be excluded.
SEED_CAPABILITIES = [
    "POST /api/v1/execution/api/execute_test_id_async",
    "GET /api/v1/tests/get_test_execution_task",
    "POST /api/v1/execution/tests/status/cancel/{task_id}",
    "POST /api/v1/execution/api/execute_workflow_id_async",
    "GET /api/v1/workflows/status/{task_id}",
    "GET /api/v1/workflows/status/history/{workflow_id}",
    "POST /api/v1/workflows/status/cancel/{task_id}",
    "GET /api/v1/apps/",
    "POST /api/v1/apps/",
    "GET /api/v1/apps/{app_id}",
    "PATCH /api/v1/apps/{app_id}",
    "DELETE /api/v1/apps/{app_id}",
    "GET /api/v1/apps/{app_id}/builds",
    "GET /api/v1/apps/builds/{version_id}",
    "PATCH /api/v1/apps/builds/{version_id}",
    "DELETE /api/v1/apps/builds/{version_id}",
    "POST /api/v1/apps/{app_id}/builds/from-url",
    "POST /api/v1/apps/{app_id}/builds/stream-upload",
    "POST /api/v1/apps/{app_id}/builds/upload-session",
    "POST /api/v1/apps/{app_id}/builds/multipart-upload/start",
    "POST /api/v1/apps/{app_id}/builds/multipart-upload/resume",
    "POST /api/v1/tests/yaml/from-yaml",
    "POST /api/v1/tests/yaml/from-blocks",
    "POST /api/v1/tests/yaml/validate-yaml",
    "POST /api/v1/tests/yaml/conversion/blocks-to-yaml",
    "POST /api/v1/tests/yaml/conversion/yaml-to-blocks",
    "GET /api/v1/monitor/stream/unified",
    "POST /api/v1/report/async-run/generate_shareable_report_link_by_task",
]


def run_regen(*args: str | Path, cwd: Path = REPO) -> subprocess.CompletedProcess[str]:
    """The CLI in a fresh interpreter, exactly as a developer runs it."""
    return subprocess.run(
        [sys.executable, str(REGEN), *map(str, args)],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def make_spec(paths: dict[str, Any] | None = None, schemas: dict[str, Any] | None = None) -> dict[str, Any]:
    """A tiny OpenAPI 3.1 document."""
    return {
        "openapi": "3.1.0",
        "info": {"title": "Tiny", "version": "1"},
        "paths": paths or {},
        "components": {"schemas": schemas or {}},
    }


def ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def json_response(schema: dict[str, Any]) -> dict[str, Any]:
    return {"description": "ok", "content": {"application/json": {"schema": schema}}}
