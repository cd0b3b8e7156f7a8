"""`/api/v1/variables/custom/*`: a test's `{{name}}` variables."""

from __future__ import annotations

import uuid
from typing import Any

from fastapi import APIRouter

from ..._server.deps import LockedStore
from ..._server.manage_bodies import VariableAdd, VariableName, VariableValue
from . import ops, shapes

router = APIRouter()


@router.get("/api/v1/variables/custom/read_variables")
async def read_variables(store: LockedStore, test_uid: uuid.UUID) -> dict[str, Any]:
    return shapes.many(ops.of_test(store, str(test_uid)), "Variables read")


@router.post("/api/v1/variables/custom/add")
async def add_variable(store: LockedStore, body: VariableAdd) -> dict[str, Any]:
    return shapes.one(ops.add(store, str(body.test_uid), body.variable_name, body.variable_value), "Variable added")


@router.put("/api/v1/variables/custom/update_value")
async def update_value(store: LockedStore, body: VariableValue) -> dict[str, Any]:
    return shapes.one(ops.set_value(store, str(body.variable_id), body.variable_value), "Variable updated")


@router.put("/api/v1/variables/custom/update/{variable_id}")
async def rename_variable(store: LockedStore, variable_id: uuid.UUID, body: VariableName) -> dict[str, Any]:
    renamed = ops.rename(store, str(variable_id), str(body.test_uid), body.variable_name)
    return shapes.one(renamed, "Variable renamed")


@router.delete("/api/v1/variables/custom/delete")
async def delete_variable(store: LockedStore, test_uid: uuid.UUID, variable_name: str) -> dict[str, Any]:
    return shapes.many(ops.delete(store, str(test_uid), variable_name), "Variable deleted")


@router.delete("/api/v1/variables/custom/delete_all")
async def delete_all(store: LockedStore, test_uid: uuid.UUID) -> dict[str, Any]:
    return shapes.many(ops.delete(store, str(test_uid), None), "Variables deleted")
