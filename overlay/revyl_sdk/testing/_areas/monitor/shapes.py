"""What the unified stream sends on connect: the org's active runs (`initial_state`)."""

from __future__ import annotations

import time
from typing import Any

from ..._state.ids import iso
from ..._state.store import ORG_ID, Store
from ..runs import shapes as runs


def initial_state(store: Store, include_queued: bool) -> dict[str, Any]:
    """`initial_state`: every active run (queued ones only when asked), OrgWorkflowMonitorState."""
    with store.lock:
        tests = [t for t in store.runs.tests.values()
                 if not t.terminal and (include_queued or t.status != "queued")]
        workflows = [w for w in store.runs.workflows.values()
                     if not w.terminal and (include_queued or w.status != "queued")]
        return {"org_id": ORG_ID, "running_tests": [runs.test_item(t) for t in tests],
                "running_workflows": [runs.workflow_item(w) for w in workflows],
                "total_active": len(tests) + len(workflows), "last_update": iso(time.time())}
