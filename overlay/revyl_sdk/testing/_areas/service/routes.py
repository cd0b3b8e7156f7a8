"""Routes outside the API's auth: the health check Revyl's load balancer and `revyl ping` call."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter

router = APIRouter()


@router.get("/health_check")
async def health_check() -> dict[str, Any]:
    """HealthCheckResponse: answered without a key, as the backend does."""
    return {"status": "OK"}
