"""Ids and timestamps, as the backend spells them."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime


def new_id() -> str:
    return str(uuid.uuid4())


def iso(moment: float | None) -> str | None:
    """A Unix time as FastAPI renders an aware datetime (`...Z`)."""
    if moment is None:
        return None
    return datetime.fromtimestamp(moment, UTC).isoformat().replace("+00:00", "Z")
