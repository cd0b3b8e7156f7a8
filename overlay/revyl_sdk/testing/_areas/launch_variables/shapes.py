"""Launch variables as `/api/v1/variables/org_launch_env*` answers them."""

from __future__ import annotations

from typing import Any

from ..._state.catalog import LaunchVariable
from ..._state.ids import iso
from ..._state.store import ORG_ID, USER_ID


def row(variable: LaunchVariable) -> dict[str, Any]:
    """OrgLaunchEnvVarRow."""
    return {"id": variable.id, "org_id": ORG_ID, "key": variable.key, "value": variable.value,
            "description": variable.description, "created_by": USER_ID, "created_at": iso(variable.created_at),
            "updated_at": iso(variable.updated_at), "attached_test_count": len(variable.test_ids)}


def one(variable: LaunchVariable, message: str) -> dict[str, Any]:
    """OrgLaunchEnvVarResponse."""
    return {"message": message, "result": row(variable)}


def many(variables: list[LaunchVariable], message: str) -> dict[str, Any]:
    """OrgLaunchEnvVarsResponse."""
    return {"message": message, "result": [row(variable) for variable in variables]}


def deleted(variable: LaunchVariable, detached: int) -> dict[str, Any]:
    """OrgLaunchEnvVarDeleteResponse."""
    return {**one(variable, "Launch variable deleted"), "detached_test_count": detached}
