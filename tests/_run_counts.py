"""How many runs the server has, read through the SDK: the facts "exactly once" is checked on."""

from __future__ import annotations

from revyl_api.types import Unset
from revyl_sdk import Revyl
from revyl_sdk.testing import RevylEmulator


def solo_test_runs(emulator: RevylEmulator, test_id: str) -> list[str]:
    """Task ids of the runs of `test_id` started on their own (not as a workflow's child)."""
    with Revyl(emulator.api_key, base_url=emulator.base_url, ci_headers=False) as client:
        return [str(item.enhanced_task.id) for item in client.tests.history(test_id)
                if isinstance(item.enhanced_task.workflow_execution_id, Unset | None)]


def workflow_runs(emulator: RevylEmulator, workflow_id: str) -> list[str]:
    with Revyl(emulator.api_key, base_url=emulator.base_url, ci_headers=False) as client:
        history = client.workflows.history(workflow_id, limit=1000)
        return [str(item.execution_id) for item in history.executions]
