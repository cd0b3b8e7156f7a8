"""Refusals raised by state lookups and area operations, answered without FastAPI in the way.

The app turns an `ApiError` into `status` with `{"detail": detail}`, as the backend's
HTTPException answers; `NotFound` is the 404 of a missing row.
"""

from __future__ import annotations

from typing import Any


class ApiError(Exception):
    def __init__(self, status: int, detail: Any) -> None:
        super().__init__(detail)
        self.status = status
        self.detail = detail


class NotFound(ApiError):
    def __init__(self, detail: str) -> None:
        super().__init__(404, detail)
