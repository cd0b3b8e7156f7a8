from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.test import Test
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    test_id: str,
    org_id: None | str | Unset = UNSET,
    user_id: None | str | Unset = UNSET,
    build_id: None | str | Unset = UNSET,
    app_id: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["test_id"] = test_id

    json_org_id: None | str | Unset
    if isinstance(org_id, Unset):
        json_org_id = UNSET
    else:
        json_org_id = org_id
    params["org_id"] = json_org_id

    json_user_id: None | str | Unset
    if isinstance(user_id, Unset):
        json_user_id = UNSET
    else:
        json_user_id = user_id
    params["user_id"] = json_user_id

    json_build_id: None | str | Unset
    if isinstance(build_id, Unset):
        json_build_id = UNSET
    else:
        json_build_id = build_id
    params["build_id"] = json_build_id

    json_app_id: None | str | Unset
    if isinstance(app_id, Unset):
        json_app_id = UNSET
    else:
        json_app_id = app_id
    params["app_id"] = json_app_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/tests/get_test_info",
        "params": params,
    }

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
    *,
    client: AuthenticatedClient,
    test_id: str,
    org_id: None | str | Unset = UNSET,
    user_id: None | str | Unset = UNSET,
    build_id: None | str | Unset = UNSET,
    app_id: None | str | Unset = UNSET,
) -> Response[HTTPValidationError | Test]:
    """Get Test Info Endpoint

     Get the test info for a specific test id
    Authentication is required
    - Regular users can only access their own tests or tests in their organization
    - Service authentication can access any test but must specify user_id for context
    - build_id can be provided to override the build version attached to the test
    - app_id can be provided to override the app (backend resolves to current version)

    Args:
        test_id (str):
        org_id (None | str | Unset):
        user_id (None | str | Unset):
        build_id (None | str | Unset):
        app_id (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | Test]
    """

    kwargs = _get_kwargs(
        test_id=test_id,
        org_id=org_id,
        user_id=user_id,
        build_id=build_id,
        app_id=app_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    test_id: str,
    org_id: None | str | Unset = UNSET,
    user_id: None | str | Unset = UNSET,
    build_id: None | str | Unset = UNSET,
    app_id: None | str | Unset = UNSET,
) -> HTTPValidationError | Test | None:
    """Get Test Info Endpoint

     Get the test info for a specific test id
    Authentication is required
    - Regular users can only access their own tests or tests in their organization
    - Service authentication can access any test but must specify user_id for context
    - build_id can be provided to override the build version attached to the test
    - app_id can be provided to override the app (backend resolves to current version)

    Args:
        test_id (str):
        org_id (None | str | Unset):
        user_id (None | str | Unset):
        build_id (None | str | Unset):
        app_id (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | Test
    """

    return sync_detailed(
        client=client,
        test_id=test_id,
        org_id=org_id,
        user_id=user_id,
        build_id=build_id,
        app_id=app_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    test_id: str,
    org_id: None | str | Unset = UNSET,
    user_id: None | str | Unset = UNSET,
    build_id: None | str | Unset = UNSET,
    app_id: None | str | Unset = UNSET,
) -> Response[HTTPValidationError | Test]:
    """Get Test Info Endpoint

     Get the test info for a specific test id
    Authentication is required
    - Regular users can only access their own tests or tests in their organization
    - Service authentication can access any test but must specify user_id for context
    - build_id can be provided to override the build version attached to the test
    - app_id can be provided to override the app (backend resolves to current version)

    Args:
        test_id (str):
        org_id (None | str | Unset):
        user_id (None | str | Unset):
        build_id (None | str | Unset):
        app_id (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | Test]
    """

    kwargs = _get_kwargs(
        test_id=test_id,
        org_id=org_id,
        user_id=user_id,
        build_id=build_id,
        app_id=app_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    test_id: str,
    org_id: None | str | Unset = UNSET,
    user_id: None | str | Unset = UNSET,
    build_id: None | str | Unset = UNSET,
    app_id: None | str | Unset = UNSET,
) -> HTTPValidationError | Test | None:
    """Get Test Info Endpoint

     Get the test info for a specific test id
    Authentication is required
    - Regular users can only access their own tests or tests in their organization
    - Service authentication can access any test but must specify user_id for context
    - build_id can be provided to override the build version attached to the test
    - app_id can be provided to override the app (backend resolves to current version)

    Args:
        test_id (str):
        org_id (None | str | Unset):
        user_id (None | str | Unset):
        build_id (None | str | Unset):
        app_id (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | Test
    """

    return (
        await asyncio_detailed(
            client=client,
            test_id=test_id,
            org_id=org_id,
            user_id=user_id,
            build_id=build_id,
            app_id=app_id,
        )
    ).parsed
