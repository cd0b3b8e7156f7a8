"""Modules as `/api/v1/modules/*` answers them (spec component names in each docstring)."""

from __future__ import annotations

from typing import Any

from ..._state.catalog import Module
from ..._state.ids import iso
from ..._state.store import ORG_ID, USER_ID
from ..._state.tests import Test


def module(row: Module) -> dict[str, Any]:
    """ModuleResponse."""
    return {"id": row.id, "org_id": ORG_ID, "name": row.name, "description": row.description,
            "blocks": row.blocks, "created_by": USER_ID, "created_at": iso(row.created_at),
            "updated_at": iso(row.updated_at), "version": row.version, "last_modified_by": USER_ID,
            "last_modified_by_email": None}


def one(row: Module, message: str) -> dict[str, Any]:
    """ModuleSingleResponse."""
    return {"message": message, "result": module(row)}


def listing(rows: list[Module]) -> dict[str, Any]:
    """ModulesListResponse."""
    return {"message": "Modules read", "result": [module(row) for row in rows]}


def versions(row: Module, limit: int, offset: int) -> dict[str, Any]:
    """ModuleVersionListResponse, newest first."""
    newest = list(reversed(row.versions))
    return {"total": len(newest), "versions": [
        {"id": v.id, "module_id": row.id, "version": v.version, "blocks": v.blocks, "name": v.name,
         "description": v.description, "modified_by": USER_ID, "modified_by_email": None,
         "created_at": iso(v.created_at)} for v in newest[offset:offset + limit]]}


def usage(tests: list[Test]) -> dict[str, Any]:
    """ModuleUsageResponse (and ScriptUsageResponse: the same shape)."""
    return {"tests": [{"id": test.id, "name": test.name} for test in tests], "total": len(tests)}
