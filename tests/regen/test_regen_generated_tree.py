"""The committed generated/revyl_api: contract names, seed capabilities, lazy imports."""

from __future__ import annotations

import importlib
import re
import subprocess
import sys
from pathlib import Path

import pytest
from regen_helpers import REPO, SEED_CAPABILITIES

GENERATED = REPO / "generated"
API = GENERATED / "revyl_api" / "api"

# Where the operations users reach for land: module.function, from the spec's first tag.
CONTRACT = {
    "POST /api/v1/execution/api/execute_test_id_async": "tests.execute_test_id_async",
    "GET /api/v1/tests/get_test_execution_task": "tests.get_test_execution_task",
    "POST /api/v1/execution/tests/status/cancel/{task_id}": "tests.cancel_test",
    "POST /api/v1/execution/api/execute_workflow_id_async": "workflows.execute_workflow_id_async",
    "GET /api/v1/workflows/status/{task_id}": "workflow_status.get_workflow_status",
    "GET /api/v1/workflows/status/history/{workflow_id}": ("workflow_status.get_workflow_execution_history"),
    "POST /api/v1/workflows/status/cancel/{task_id}": "workflow_status.cancel_workflow",
    "POST /api/v1/execution/api/v1/workflows/status/cancel/{task_id}": "workflows.cancel_workflow",
    "GET /api/v1/apps/": "apps.list_apps",
    "POST /api/v1/apps/": "apps.create_app",
    "GET /api/v1/apps/{app_id}": "apps.get_app",
    "PATCH /api/v1/apps/{app_id}": "apps.update_app",
    "DELETE /api/v1/apps/{app_id}": "apps.delete_app",
    "GET /api/v1/apps/{app_id}/builds": "apps.list_builds",
    "GET /api/v1/apps/builds/{version_id}": "apps.get_build",
    "PATCH /api/v1/apps/builds/{version_id}": "apps.update_build",
    "DELETE /api/v1/apps/builds/{version_id}": "apps.delete_build",
    "POST /api/v1/apps/{app_id}/builds/from-url": "apps.create_build_from_url",
    "POST /api/v1/apps/{app_id}/builds/stream-upload": "apps.stream_upload_build",
    "POST /api/v1/apps/{app_id}/builds/upload-session": "apps.create_build_upload_session",
    "POST /api/v1/apps/{app_id}/builds/multipart-upload/start": "apps.start_build_multipart_upload",
    "POST /api/v1/apps/{app_id}/builds/multipart-upload/resume": ("apps.resume_build_multipart_upload"),
    "POST /api/v1/tests/yaml/from-yaml": "yaml_operations.create_test_from_yaml",
    "POST /api/v1/tests/yaml/from-blocks": "yaml_operations.create_test_from_blocks",
    "POST /api/v1/tests/yaml/validate-yaml": "yaml_operations.validate_yaml",
    "POST /api/v1/tests/yaml/conversion/blocks-to-yaml": "yaml_operations.convert_blocks_to_yaml",
    "POST /api/v1/tests/yaml/conversion/yaml-to-blocks": "yaml_operations.convert_yaml_to_blocks",
    "GET /api/v1/monitor/stream/unified": "monitoring.stream_unified_updates",
    "POST /api/v1/report/async-run/generate_shareable_report_link_by_task": (
        "async_test_report.generate_shareable_report_link_by_task"
    ),
}
ENDPOINT_CALL = re.compile(r'"method": "(?P<method>\w+)",\s*"url": "(?P<url>[^"]+)"')

pytestmark = pytest.mark.skipif(not API.is_dir(), reason="generated/revyl_api not generated yet")


def endpoint_of(module_file: Path) -> str:
    match = ENDPOINT_CALL.search(module_file.read_text())
    assert match, module_file
    return f"{match['method'].upper()} {match['url']}"


def test_every_seed_capability_has_a_named_endpoint() -> None:
    assert set(SEED_CAPABILITIES) <= set(CONTRACT)


@pytest.mark.parametrize(("operation", "where"), sorted(CONTRACT.items()))
def test_operation_lands_in_its_module_under_its_clean_name(operation: str, where: str) -> None:
    module, function = where.split(".")
    assert endpoint_of(API / module / f"{function}.py") == operation
    endpoint = importlib.import_module(f"revyl_api.api.{module}.{function}")
    assert callable(endpoint.sync_detailed) and callable(endpoint.asyncio)


def test_documented_import_works() -> None:
    from revyl_api.api.tests import get_test_execution_task

    assert get_test_execution_task.sync.__name__ == "sync"


def test_stream_upload_sends_a_real_file() -> None:
    source = (GENERATED / "revyl_api" / "models").glob("body_stream_upload_build*.py")
    text = next(source).read_text()
    assert "file: File" in text and 'files.append(("file", self.file.to_tuple()))' in text


def test_nothing_lands_in_the_default_module() -> None:
    assert not (API / "default").exists()


def test_import_revyl_api_and_one_endpoint_stays_light() -> None:
    code = (
        "import sys, revyl_api; from revyl_api.api.tests import get_test_execution_task; "
        "print(sum(m.startswith('revyl_api.models.') for m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=GENERATED,
        capture_output=True,
        text=True,
        check=True,
    )
    # The endpoint's own response models only, not the hundreds of models the package has.
    assert int(result.stdout) <= 5


def test_generated_package_declares_its_types() -> None:
    """PEP 561 marker: without it an installed revyl_api is untyped for users' type checkers."""
    import revyl_api

    assert (Path(revyl_api.__file__).parent / "py.typed").is_file()
