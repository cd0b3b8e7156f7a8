"""What a handler takes besides its parameters: the store, locked or not, and the API key check.

    @router.get("/api/v1/apps/{app_id}")
    async def get_app(store: LockedStore, app_id: uuid.UUID) -> dict[str, Any]:

`LockedStore` holds the store's lock for the whole handler (the emulator's methods, called
from a test's thread, see no half-made change). A handler that awaits something slow (a
fetch, a stream) takes `UnlockedStore` and locks around its own steps.
"""

from __future__ import annotations

import hmac
from collections.abc import AsyncIterator
from typing import Annotated

from fastapi import Depends, HTTPException, Request

from .._state.store import Store


def store_of(request: Request) -> Store:
    store: Store = request.app.state.store
    return store


async def _locked(request: Request) -> AsyncIterator[Store]:
    # An async dependency runs on the server's loop, the thread that runs the handler too.
    store = store_of(request)
    with store.lock:
        yield store


LockedStore = Annotated[Store, Depends(_locked)]
UnlockedStore = Annotated[Store, Depends(store_of)]


async def require_api_key(request: Request) -> None:
    """`Authorization: Bearer <key>` with the emulator's key, else 401 as the backend answers."""
    scheme, _, token = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise HTTPException(401, "Not authenticated", headers={"WWW-Authenticate": "Bearer"})
    if not hmac.compare_digest(token.strip(), store_of(request).settings.api_key):
        raise HTTPException(401, "Invalid or expired API key",
                            headers={"WWW-Authenticate": "Bearer"})
