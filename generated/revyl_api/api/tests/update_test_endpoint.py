from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.test import Test
from ...types import Response


def _get_kwargs(
    test_id: str,
    *,
    body: Test,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v1/tests/update/{test_id}".format(
            test_id=quote(str(test_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | Test | None:
    if response.status_code == 200:
        response_200 = Test.from_dict(response.json())

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
) -> Response[HTTPValidationError | Test]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    test_id: str,
    *,
    client: AuthenticatedClient,
    body: Test,
) -> Response[HTTPValidationError | Test]:
    """Update Test Endpoint

     Update an existing test using the normalized schema.

    Supports optimistic locking via the expected_version field:
    - If expected_version is provided and doesn't match the current version,
      returns 409 Conflict with details about the conflict.
    - On successful update, version is incremented and a version history entry is created.

    Args:
        test_id (str):
        body (Test):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | Test]
    """

    kwargs = _get_kwargs(
        test_id=test_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    test_id: str,
    *,
    client: AuthenticatedClient,
    body: Test,
) -> HTTPValidationError | Test | None:
    """Update Test Endpoint

     Update an existing test using the normalized schema.

    Supports optimistic locking via the expected_version field:
    - If expected_version is provided and doesn't match the current version,
      returns 409 Conflict with details about the conflict.
    - On successful update, version is incremented and a version history entry is created.

    Args:
        test_id (str):
        body (Test):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | Test
    """

    return sync_detailed(
        test_id=test_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    test_id: str,
    *,
    client: AuthenticatedClient,
    body: Test,
) -> Response[HTTPValidationError | Test]:
    """Update Test Endpoint

     Update an existing test using the normalized schema.

    Supports optimistic locking via the expected_version field:
    - If expected_version is provided and doesn't match the current version,
      returns 409 Conflict with details about the conflict.
    - On successful update, version is incremented and a version history entry is created.

    Args:
        test_id (str):
        body (Test):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | Test]
    """

    kwargs = _get_kwargs(
        test_id=test_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    test_id: str,
    *,
    client: AuthenticatedClient,
    body: Test,
) -> HTTPValidationError | Test | None:
    """Update Test Endpoint

     Update an existing test using the normalized schema.

    Supports optimistic locking via the expected_version field:
    - If expected_version is provided and doesn't match the current version,
      returns 409 Conflict with details about the conflict.
    - On successful update, version is incremented and a version history entry is created.

    Args:
        test_id (str):
        body (Test):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | Test
    """

    return (
        await asyncio_detailed(
            test_id=test_id,
            client=client,
            body=body,
        )
    ).parsed
