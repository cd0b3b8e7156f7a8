"""The paginated envelope the page/page_size listings share (apps, builds)."""

from __future__ import annotations

import math
from typing import Any


def page_of(items: list[Any], page: int, page_size: int) -> dict[str, Any]:
    """The paginated envelope (`items`, `total`, `has_next`, ...) around one page."""
    total = len(items)
    total_pages = max(1, math.ceil(total / page_size))
    start = (page - 1) * page_size
    return {"items": items[start:start + page_size], "total": total, "page": page,
            "page_size": page_size, "total_pages": total_pages,
            "has_next": page < total_pages, "has_previous": page > 1}
