from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.test_version_info import TestVersionInfo
from ...types import Response


def _get_kwargs(
    test_id: str,
    version: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/tests/{test_id}/versions/{version}".format(
            test_id=quote(str(test_id), safe=""),
            version=quote(str(version), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | TestVersionInfo | None:
    if response.status_code == 200:
        response_200 = TestVersionInfo.from_dict(response.json())

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
) -> Response[HTTPValidationError | TestVersionInfo]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    test_id: str,
    version: int,
    *,
    client: AuthenticatedClient,
) -> Response[HTTPValidationError | TestVersionInfo]:
    """Get Test Version Endpoint

     Get a specific version of a test.

    Args:
        test_id (str):
        version (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | TestVersionInfo]
    """

    kwargs = _get_kwargs(
        test_id=test_id,
        version=version,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    test_id: str,
    version: int,
    *,
    client: AuthenticatedClient,
) -> HTTPValidationError | TestVersionInfo | None:
    """Get Test Version Endpoint

     Get a specific version of a test.

    Args:
        test_id (str):
        version (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | TestVersionInfo
    """

    return sync_detailed(
        test_id=test_id,
        version=version,
        client=client,
    ).parsed


async def asyncio_detailed(
    test_id: str,
    version: int,
    *,
    client: AuthenticatedClient,
) -> Response[HTTPValidationError | TestVersionInfo]:
    """Get Test Version Endpoint

     Get a specific version of a test.

    Args:
        test_id (str):
        version (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | TestVersionInfo]
    """

    kwargs = _get_kwargs(
        test_id=test_id,
        version=version,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    test_id: str,
    version: int,
    *,
    client: AuthenticatedClient,
) -> HTTPValidationError | TestVersionInfo | None:
    """Get Test Version Endpoint

     Get a specific version of a test.

    Args:
        test_id (str):
        version (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | TestVersionInfo
    """

    return (
        await asyncio_detailed(
            test_id=test_id,
            version=version,
            client=client,
        )
    ).parsed
