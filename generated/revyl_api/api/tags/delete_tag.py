from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.delete_tag_response_delete_tag_api_v1_tests_tags_tag_id_delete import (
    DeleteTagResponseDeleteTagApiV1TestsTagsTagIdDelete,
)
from ...models.http_validation_error import HTTPValidationError
from ...types import Response


def _get_kwargs(
    tag_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/api/v1/tests/tags/{tag_id}".format(
            tag_id=quote(str(tag_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DeleteTagResponseDeleteTagApiV1TestsTagsTagIdDelete | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = DeleteTagResponseDeleteTagApiV1TestsTagsTagIdDelete.from_dict(response.json())

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
) -> Response[DeleteTagResponseDeleteTagApiV1TestsTagsTagIdDelete | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    tag_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[DeleteTagResponseDeleteTagApiV1TestsTagsTagIdDelete | HTTPValidationError]:
    """Delete Tag

     Delete a tag. Automatically removes from all tests (CASCADE).

    Args:
        tag_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteTagResponseDeleteTagApiV1TestsTagsTagIdDelete | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        tag_id=tag_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    tag_id: str,
    *,
    client: AuthenticatedClient,
) -> DeleteTagResponseDeleteTagApiV1TestsTagsTagIdDelete | HTTPValidationError | None:
    """Delete Tag

     Delete a tag. Automatically removes from all tests (CASCADE).

    Args:
        tag_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteTagResponseDeleteTagApiV1TestsTagsTagIdDelete | HTTPValidationError
    """

    return sync_detailed(
        tag_id=tag_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    tag_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[DeleteTagResponseDeleteTagApiV1TestsTagsTagIdDelete | HTTPValidationError]:
    """Delete Tag

     Delete a tag. Automatically removes from all tests (CASCADE).

    Args:
        tag_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteTagResponseDeleteTagApiV1TestsTagsTagIdDelete | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        tag_id=tag_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    tag_id: str,
    *,
    client: AuthenticatedClient,
) -> DeleteTagResponseDeleteTagApiV1TestsTagsTagIdDelete | HTTPValidationError | None:
    """Delete Tag

     Delete a tag. Automatically removes from all tests (CASCADE).

    Args:
        tag_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteTagResponseDeleteTagApiV1TestsTagsTagIdDelete | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            tag_id=tag_id,
            client=client,
        )
    ).parsed
