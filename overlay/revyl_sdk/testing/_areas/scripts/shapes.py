"""Scripts as `/api/v1/tests/scripts*` answers them (spec component names in each docstring)."""

from __future__ import annotations

from typing import Any

from ..._state.catalog import CodeScript
from ..._state.ids import iso
from ..._state.store import ORG_ID, USER_ID
from ..modules.shapes import usage

__all__ = ["listing", "script", "usage"]


def script(row: CodeScript) -> dict[str, Any]:
    """CodeExecutionScript."""
    return {"id": row.id, "name": row.name, "code": row.code, "runtime": row.runtime,
            "description": row.description, "user_id": USER_ID, "org_id": ORG_ID,
            "created_at": iso(row.created_at), "updated_at": iso(row.updated_at)}


def listing(rows: list[CodeScript], offset: int, limit: int) -> dict[str, Any]:
    """CodeExecutionScriptListResponse: one page, `count` the whole listing's."""
    return {"scripts": [script(row) for row in rows[offset:offset + limit]], "count": len(rows)}
