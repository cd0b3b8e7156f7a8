from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.resolved_variables_response import ResolvedVariablesResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    test_uid: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_test_uid: None | str | Unset
    if isinstance(test_uid, Unset):
        json_test_uid = UNSET
    else:
        json_test_uid = test_uid
    params["test_uid"] = json_test_uid

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/variables/global/resolve",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | ResolvedVariablesResponse | None:
    if response.status_code == 200:
        response_200 = ResolvedVariablesResponse.from_dict(response.json())

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
) -> Response[HTTPValidationError | ResolvedVariablesResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    test_uid: None | str | Unset = UNSET,
) -> Response[HTTPValidationError | ResolvedVariablesResponse]:
    """Resolve Variables

     Resolve variables (with decrypted secrets) for execution.

    With ``test_uid`` this returns merged local + global variables for that test
    (local-wins priority). Without it — the Atlas exploration path, which has no
    backing test — it returns the org's global variables only. Both shapes mark
    ``is_secret`` so callers route secret values to the device-action boundary
    instead of into LLM-visible instruction text.

    Args:
        test_uid (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | ResolvedVariablesResponse]
    """

    kwargs = _get_kwargs(
        test_uid=test_uid,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    test_uid: None | str | Unset = UNSET,
) -> HTTPValidationError | ResolvedVariablesResponse | None:
    """Resolve Variables

     Resolve variables (with decrypted secrets) for execution.

    With ``test_uid`` this returns merged local + global variables for that test
    (local-wins priority). Without it — the Atlas exploration path, which has no
    backing test — it returns the org's global variables only. Both shapes mark
    ``is_secret`` so callers route secret values to the device-action boundary
    instead of into LLM-visible instruction text.

    Args:
        test_uid (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | ResolvedVariablesResponse
    """

    return sync_detailed(
        client=client,
        test_uid=test_uid,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    test_uid: None | str | Unset = UNSET,
) -> Response[HTTPValidationError | ResolvedVariablesResponse]:
    """Resolve Variables

     Resolve variables (with decrypted secrets) for execution.

    With ``test_uid`` this returns merged local + global variables for that test
    (local-wins priority). Without it — the Atlas exploration path, which has no
    backing test — it returns the org's global variables only. Both shapes mark
    ``is_secret`` so callers route secret values to the device-action boundary
    instead of into LLM-visible instruction text.

    Args:
        test_uid (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | ResolvedVariablesResponse]
    """

    kwargs = _get_kwargs(
        test_uid=test_uid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    test_uid: None | str | Unset = UNSET,
) -> HTTPValidationError | ResolvedVariablesResponse | None:
    """Resolve Variables

     Resolve variables (with decrypted secrets) for execution.

    With ``test_uid`` this returns merged local + global variables for that test
    (local-wins priority). Without it — the Atlas exploration path, which has no
    backing test — it returns the org's global variables only. Both shapes mark
    ``is_secret`` so callers route secret values to the device-action boundary
    instead of into LLM-visible instruction text.

    Args:
        test_uid (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | ResolvedVariablesResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            test_uid=test_uid,
        )
    ).parsed
