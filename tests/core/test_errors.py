"""Every status maps to its exception class, and every error-body shape reads well."""

from __future__ import annotations

import httpx
import pytest
import respx
import revyl_sdk
from revyl_sdk import Revyl

BASE = "https://api.test"
KEY = "sk-unit-secret-key"
STATUS_URL = f"{BASE}/api/v1/tests/get_test_execution_task"


@pytest.fixture
def client() -> Revyl:
    return Revyl(KEY, base_url=BASE, max_retries=0, ci_headers=False)


@pytest.mark.parametrize(
    ("status", "error_class"),
    [
        (400, revyl_sdk.BadRequestError),
        (401, revyl_sdk.AuthenticationError),
        (402, revyl_sdk.PaymentRequiredError),
        (403, revyl_sdk.PermissionDeniedError),
        (404, revyl_sdk.NotFoundError),
        (409, revyl_sdk.ConflictError),
        (422, revyl_sdk.UnprocessableEntityError),
        (429, revyl_sdk.RateLimitError),
        (500, revyl_sdk.InternalServerError),
        (503, revyl_sdk.InternalServerError),
        (418, revyl_sdk.APIStatusError),
    ],
)
@respx.mock
def test_status_maps_to_error_class(client: Revyl, status: int, error_class: type) -> None:
    respx.get(STATUS_URL).respond(status, json={"detail": "nope"})
    with pytest.raises(error_class) as caught:
        client.tests.get_status("t1")
    assert type(caught.value) is error_class
    assert caught.value.status_code == status
    assert caught.value.detail == "nope"
    assert caught.value.response.status_code == status


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ({"detail": "Test not found"}, "Test not found"),
        ({"detail": {"message": "no v3 report", "use_legacy": True}}, "no v3 report"),
        (
            {"detail": [{"loc": ["body", "test_id"], "msg": "Field required", "type": "missing"}]},
            "body.test_id: Field required",
        ),
        (
            {
                "message": "Validation error",
                "errors": [{"field": "body.setup_command", "message": "too long", "type": "value_error"}],
            },
            "Validation error: body.setup_command: too long",
        ),
        ({"errors": [{"field": "name", "message": "required"}]}, "name: required"),
        ({"error": "quota exceeded"}, "quota exceeded"),
    ],
)
@respx.mock
def test_error_body_shapes_render_readably(client: Revyl, body: object, expected: str) -> None:
    respx.get(STATUS_URL).respond(400, json=body)
    with pytest.raises(revyl_sdk.BadRequestError) as caught:
        client.tests.get_status("t1")
    assert str(caught.value) == f"400 Bad Request: {expected}"


@respx.mock
def test_html_error_page_gives_short_message(client: Revyl) -> None:
    page = "<html><head><title>502 Bad Gateway</title></head><body>" + "x" * 5000 + "</body></html>"
    respx.get(STATUS_URL).respond(502, text=page, headers={"content-type": "text/html"})
    with pytest.raises(revyl_sdk.InternalServerError) as caught:
        client.tests.get_status("t1")
    assert str(caught.value) == "502 Bad Gateway: 502 Bad Gateway"


@respx.mock
def test_html_error_prefers_last_pre_block(client: Revyl) -> None:
    page = "<html><body><pre>first</pre><pre>upstream &amp; timeout</pre></body></html>"
    respx.get(STATUS_URL).respond(504, text=page)
    with pytest.raises(revyl_sdk.InternalServerError, match=r"504 Gateway Timeout: upstream & timeout$"):
        client.tests.get_status("t1")


@respx.mock
def test_long_plain_body_is_truncated(client: Revyl) -> None:
    respx.get(STATUS_URL).respond(500, text="e" * 10_000)
    with pytest.raises(revyl_sdk.InternalServerError) as caught:
        client.tests.get_status("t1")
    assert len(str(caught.value)) < 600


@respx.mock
def test_payment_required_explains_device_time(client: Revyl) -> None:
    respx.get(STATUS_URL).respond(402, json={"detail": "Payment required"})
    with pytest.raises(revyl_sdk.PaymentRequiredError, match="device time is used up"):
        client.tests.get_status("t1")


@respx.mock
def test_api_key_never_in_error_message_or_repr(client: Revyl) -> None:
    respx.get(STATUS_URL).respond(401, json={"detail": "Invalid token"})
    with pytest.raises(revyl_sdk.AuthenticationError) as caught:
        client.tests.get_status("t1")
    error = caught.value
    assert KEY not in str(error)
    assert KEY not in repr(error)
    assert KEY not in repr(error.response.request.headers)
    assert KEY not in repr(client) and KEY not in repr(client.options)


@respx.mock
def test_connection_error_is_api_connection_error(client: Revyl) -> None:
    respx.get(STATUS_URL).mock(side_effect=httpx.ConnectError("refused"))
    with pytest.raises(revyl_sdk.APIConnectionError) as caught:
        client.tests.get_status("t1")
    assert not isinstance(caught.value, revyl_sdk.APITimeoutError)


@respx.mock
def test_timeout_is_api_timeout_error(client: Revyl) -> None:
    respx.get(STATUS_URL).mock(side_effect=httpx.ReadTimeout("slow"))
    with pytest.raises(revyl_sdk.APITimeoutError):
        client.tests.get_status("t1")
    assert issubclass(revyl_sdk.APITimeoutError, revyl_sdk.APIConnectionError)
