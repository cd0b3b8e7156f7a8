from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.code_execution_script import CodeExecutionScript
from ...models.code_execution_script_update import CodeExecutionScriptUpdate
from ...models.http_validation_error import HTTPValidationError
from ...types import Response


def _get_kwargs(
    script_id: UUID,
    *,
    body: CodeExecutionScriptUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v1/tests/scripts/{script_id}".format(
            script_id=quote(str(script_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CodeExecutionScript | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = CodeExecutionScript.from_dict(response.json())

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
) -> Response[CodeExecutionScript | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    script_id: UUID,
    *,
    client: AuthenticatedClient,
    body: CodeExecutionScriptUpdate,
) -> Response[CodeExecutionScript | HTTPValidationError]:
    """Update Script

     Update an existing script.
    User must own the script or be in the same org.

    Args:
        script_id (UUID):
        body (CodeExecutionScriptUpdate): Model for updating an existing script.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CodeExecutionScript | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        script_id=script_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    script_id: UUID,
    *,
    client: AuthenticatedClient,
    body: CodeExecutionScriptUpdate,
) -> CodeExecutionScript | HTTPValidationError | None:
    """Update Script

     Update an existing script.
    User must own the script or be in the same org.

    Args:
        script_id (UUID):
        body (CodeExecutionScriptUpdate): Model for updating an existing script.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CodeExecutionScript | HTTPValidationError
    """

    return sync_detailed(
        script_id=script_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    script_id: UUID,
    *,
    client: AuthenticatedClient,
    body: CodeExecutionScriptUpdate,
) -> Response[CodeExecutionScript | HTTPValidationError]:
    """Update Script

     Update an existing script.
    User must own the script or be in the same org.

    Args:
        script_id (UUID):
        body (CodeExecutionScriptUpdate): Model for updating an existing script.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CodeExecutionScript | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        script_id=script_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    script_id: UUID,
    *,
    client: AuthenticatedClient,
    body: CodeExecutionScriptUpdate,
) -> CodeExecutionScript | HTTPValidationError | None:
    """Update Script

     Update an existing script.
    User must own the script or be in the same org.

    Args:
        script_id (UUID):
        body (CodeExecutionScriptUpdate): Model for updating an existing script.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CodeExecutionScript | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            script_id=script_id,
            client=client,
            body=body,
        )
    ).parsed
