from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.ground_request import GroundRequest
from ...models.ground_response import GroundResponse
from ...models.http_validation_error import HTTPValidationError
from ...types import Response


def _get_kwargs(
    *,
    body: GroundRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/execution/ground",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GroundResponse | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = GroundResponse.from_dict(response.json())

        return response_200

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GroundResponse | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: GroundRequest,
) -> Response[GroundResponse | HTTPValidationError]:
    """Ground Element

     Locate a UI element in a screenshot using AI vision grounding.

    Wraps the request in a StepOutputData payload and triggers the
    `get_cached_step_output` Hatchet workflow (grounder-only, no LLM).

    Args:
        request: GroundRequest with target description and screenshot.
        auth_info: Authenticated user/org info from token.

    Returns:
        GroundResponse with pixel coordinates.

    Raises:
        HTTPException: 500 if the Hatchet workflow fails.

    Args:
        body (GroundRequest): Request body for the grounding proxy endpoint.

            Attributes:
                target: Natural language description of the UI element to locate.
                image_base64: Base64-encoded screenshot (PNG or JPEG).
                width: Width of the screenshot in pixels.
                height: Height of the screenshot in pixels.
                platform: Device platform ('android' or 'ios').
                session_id: Optional device session ID for cost tracking.
                grounder_type: Optional grounder model override.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GroundResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: GroundRequest,
) -> GroundResponse | HTTPValidationError | None:
    """Ground Element

     Locate a UI element in a screenshot using AI vision grounding.

    Wraps the request in a StepOutputData payload and triggers the
    `get_cached_step_output` Hatchet workflow (grounder-only, no LLM).

    Args:
        request: GroundRequest with target description and screenshot.
        auth_info: Authenticated user/org info from token.

    Returns:
        GroundResponse with pixel coordinates.

    Raises:
        HTTPException: 500 if the Hatchet workflow fails.

    Args:
        body (GroundRequest): Request body for the grounding proxy endpoint.

            Attributes:
                target: Natural language description of the UI element to locate.
                image_base64: Base64-encoded screenshot (PNG or JPEG).
                width: Width of the screenshot in pixels.
                height: Height of the screenshot in pixels.
                platform: Device platform ('android' or 'ios').
                session_id: Optional device session ID for cost tracking.
                grounder_type: Optional grounder model override.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GroundResponse | HTTPValidationError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: GroundRequest,
) -> Response[GroundResponse | HTTPValidationError]:
    """Ground Element

     Locate a UI element in a screenshot using AI vision grounding.

    Wraps the request in a StepOutputData payload and triggers the
    `get_cached_step_output` Hatchet workflow (grounder-only, no LLM).

    Args:
        request: GroundRequest with target description and screenshot.
        auth_info: Authenticated user/org info from token.

    Returns:
        GroundResponse with pixel coordinates.

    Raises:
        HTTPException: 500 if the Hatchet workflow fails.

    Args:
        body (GroundRequest): Request body for the grounding proxy endpoint.

            Attributes:
                target: Natural language description of the UI element to locate.
                image_base64: Base64-encoded screenshot (PNG or JPEG).
                width: Width of the screenshot in pixels.
                height: Height of the screenshot in pixels.
                platform: Device platform ('android' or 'ios').
                session_id: Optional device session ID for cost tracking.
                grounder_type: Optional grounder model override.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GroundResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: GroundRequest,
) -> GroundResponse | HTTPValidationError | None:
    """Ground Element

     Locate a UI element in a screenshot using AI vision grounding.

    Wraps the request in a StepOutputData payload and triggers the
    `get_cached_step_output` Hatchet workflow (grounder-only, no LLM).

    Args:
        request: GroundRequest with target description and screenshot.
        auth_info: Authenticated user/org info from token.

    Returns:
        GroundResponse with pixel coordinates.

    Raises:
        HTTPException: 500 if the Hatchet workflow fails.

    Args:
        body (GroundRequest): Request body for the grounding proxy endpoint.

            Attributes:
                target: Natural language description of the UI element to locate.
                image_base64: Base64-encoded screenshot (PNG or JPEG).
                width: Width of the screenshot in pixels.
                height: Height of the screenshot in pixels.
                platform: Device platform ('android' or 'ios').
                session_id: Optional device session ID for cost tracking.
                grounder_type: Optional grounder model override.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GroundResponse | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
