"""Global variables as `/api/v1/variables/global` answers them (a secret's value is never sent back)."""

from __future__ import annotations

from typing import Any

from ..._state.catalog import GlobalVariable
from ..._state.ids import iso
from ..._state.store import ORG_ID, USER_ID


def row(variable: GlobalVariable) -> dict[str, Any]:
    """GlobalVariableRow."""
    return {"id": variable.id, "org_id": ORG_ID, "variable_name": variable.name,
            "variable_value": None if variable.is_secret else variable.value, "is_secret": variable.is_secret,
            "has_secret_value": variable.is_secret and variable.value is not None,
            "description": variable.description, "created_by": USER_ID,
            "created_at": iso(variable.created_at), "updated_at": iso(variable.updated_at)}


def one(variable: GlobalVariable, message: str) -> dict[str, Any]:
    """GlobalVariableResponse."""
    return {"message": message, "result": row(variable)}


def many(variables: list[GlobalVariable]) -> dict[str, Any]:
    """GlobalVariablesResponse."""
    return {"message": "Global variables read", "result": [row(variable) for variable in variables]}
