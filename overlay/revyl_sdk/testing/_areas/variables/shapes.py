"""A test's variables as `/api/v1/variables/custom/*` answers them."""

from __future__ import annotations

from typing import Any

from ..._state.catalog import TestVariable


def row(variable: TestVariable) -> dict[str, Any]:
    """VariableRow."""
    return {"id": variable.id, "test_uid": variable.test_id, "variable_name": variable.name,
            "variable_value": variable.value}


def one(variable: TestVariable, message: str) -> dict[str, Any]:
    """VariableResponse."""
    return {"message": message, "result": row(variable)}


def many(variables: list[TestVariable], message: str) -> dict[str, Any]:
    """VariablesResponse."""
    return {"message": message, "result": [row(variable) for variable in variables]}
