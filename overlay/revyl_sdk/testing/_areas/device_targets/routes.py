"""`/api/v1/execution/device-targets`: what `devices.targets()` and Revyl's CLI offer to pick from."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter

from . import shapes

router = APIRouter()


@router.get("/api/v1/execution/device-targets")
async def device_targets() -> dict[str, Any]:
    return shapes.targets()
