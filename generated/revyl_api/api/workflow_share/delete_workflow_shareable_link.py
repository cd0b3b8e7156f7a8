from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.delete_workflow_shareable_link_response import DeleteWorkflowShareableLinkResponse
from ...models.http_validation_error import HTTPValidationError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    workflow_task_id: str,
    *,
    revoke_child_tests: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["revoke_child_tests"] = revoke_child_tests

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/api/v1/workflows/share/shareable_link/{workflow_task_id}".format(
            workflow_task_id=quote(str(workflow_task_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DeleteWorkflowShareableLinkResponse | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = DeleteWorkflowShareableLinkResponse.from_dict(response.json())

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
) -> Response[DeleteWorkflowShareableLinkResponse | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    workflow_task_id: str,
    *,
    client: AuthenticatedClient,
    revoke_child_tests: bool | Unset = False,
) -> Response[DeleteWorkflowShareableLinkResponse | HTTPValidationError]:
    """Delete Workflow Shareable Link

     Delete the shareable link for a workflow.

    Args:
        workflow_task_id (str):
        revoke_child_tests (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteWorkflowShareableLinkResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        workflow_task_id=workflow_task_id,
        revoke_child_tests=revoke_child_tests,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    workflow_task_id: str,
    *,
    client: AuthenticatedClient,
    revoke_child_tests: bool | Unset = False,
) -> DeleteWorkflowShareableLinkResponse | HTTPValidationError | None:
    """Delete Workflow Shareable Link

     Delete the shareable link for a workflow.

    Args:
        workflow_task_id (str):
        revoke_child_tests (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteWorkflowShareableLinkResponse | HTTPValidationError
    """

    return sync_detailed(
        workflow_task_id=workflow_task_id,
        client=client,
        revoke_child_tests=revoke_child_tests,
    ).parsed


async def asyncio_detailed(
    workflow_task_id: str,
    *,
    client: AuthenticatedClient,
    revoke_child_tests: bool | Unset = False,
) -> Response[DeleteWorkflowShareableLinkResponse | HTTPValidationError]:
    """Delete Workflow Shareable Link

     Delete the shareable link for a workflow.

    Args:
        workflow_task_id (str):
        revoke_child_tests (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteWorkflowShareableLinkResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        workflow_task_id=workflow_task_id,
        revoke_child_tests=revoke_child_tests,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    workflow_task_id: str,
    *,
    client: AuthenticatedClient,
    revoke_child_tests: bool | Unset = False,
) -> DeleteWorkflowShareableLinkResponse | HTTPValidationError | None:
    """Delete Workflow Shareable Link

     Delete the shareable link for a workflow.

    Args:
        workflow_task_id (str):
        revoke_child_tests (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteWorkflowShareableLinkResponse | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            workflow_task_id=workflow_task_id,
            client=client,
            revoke_child_tests=revoke_child_tests,
        )
    ).parsed
