"""A client generated from a spec that lacks an operation: its placeholder raises
`UnsupportedOperationError` before anything is sent.

Waits and uploads choosing their flow up front: tests/live/test_wait_without_stream.py and
tests/uploads/test_upload_unsupported.py; real spec versions: tests/regen/test_regen_history.py.
"""

from __future__ import annotations

import types
from typing import Any, NoReturn

import pytest
import revyl_sdk
from revyl_api import unsupported
from revyl_sdk import Revyl, UnsupportedOperationError
from revyl_sdk._core.calls import call, supports

ROUTE = "PATCH /api/v1/apps/{app_id}"


def placeholder(route: str) -> types.ModuleType:
    """What regen writes for an operation its spec lacks (see scripts/regen/placeholders.py)."""
    module = types.ModuleType("revyl_api.api.apps.update_app")

    def raise_unsupported(*args: Any, **kwargs: Any) -> NoReturn:
        raise unsupported.UnsupportedOperation(route)

    module.UNSUPPORTED_ROUTE = route  # type: ignore[attr-defined]
    module._get_kwargs = raise_unsupported  # type: ignore[attr-defined]
    return module


def test_a_placeholder_raises_unsupported_operation_error_naming_endpoint_and_spec() -> None:
    with pytest.raises(UnsupportedOperationError) as raised:
        call(placeholder(ROUTE), object, app_id="a")
    assert raised.value.endpoint == ROUTE
    assert raised.value.spec == unsupported.SPEC
    assert ROUTE in str(raised.value) and unsupported.SPEC in str(raised.value)
    assert isinstance(raised.value, revyl_sdk.RevylError)


def test_supports_tells_placeholders_from_real_operations() -> None:
    from revyl_api.api.apps import update_app

    assert supports(update_app)
    assert not supports(placeholder(ROUTE))


def test_a_method_whose_operation_is_missing_raises_before_sending(monkeypatch: pytest.MonkeyPatch) -> None:
    import revyl_api.api.apps

    # As if regen had written the placeholder: the builder imports the operation when it runs.
    monkeypatch.setattr(revyl_api.api.apps, "update_app", placeholder(ROUTE))
    client = Revyl("k", base_url="http://127.0.0.1:9", max_retries=0)  # nothing listens there
    with client, pytest.raises(UnsupportedOperationError, match="PATCH /api/v1/apps/"):
        client.apps.update("0b7c3f0e-8f3a-4c43-9a57-5e0c2a6f9d11", name="x")
