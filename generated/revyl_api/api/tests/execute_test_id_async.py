from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.execute_test_async_api_response import ExecuteTestAsyncAPIResponse
from ...models.http_validation_error import HTTPValidationError
from ...models.task_id import TaskID
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: TaskID,
    x_revyl_client: None | str | Unset = UNSET,
    x_ci_system: None | str | Unset = UNSET,
    x_ci_commit_sha: None | str | Unset = UNSET,
    x_ci_branch: None | str | Unset = UNSET,
    x_ci_pr_number: int | None | Unset = UNSET,
    x_ci_run_url: None | str | Unset = UNSET,
    x_ci_run_id: None | str | Unset = UNSET,
    x_ci_repository: None | str | Unset = UNSET,
    x_ci_actor: None | str | Unset = UNSET,
    x_ci_actor_url: None | str | Unset = UNSET,
    x_ci_pr_url: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_revyl_client, Unset):
        headers["X-Revyl-Client"] = x_revyl_client

    if not isinstance(x_ci_system, Unset):
        headers["X-CI-System"] = x_ci_system

    if not isinstance(x_ci_commit_sha, Unset):
        headers["X-CI-Commit-SHA"] = x_ci_commit_sha

    if not isinstance(x_ci_branch, Unset):
        headers["X-CI-Branch"] = x_ci_branch

    if not isinstance(x_ci_pr_number, Unset):
        headers["X-CI-PR-Number"] = x_ci_pr_number

    if not isinstance(x_ci_run_url, Unset):
        headers["X-CI-Run-URL"] = x_ci_run_url

    if not isinstance(x_ci_run_id, Unset):
        headers["X-CI-Run-ID"] = x_ci_run_id

    if not isinstance(x_ci_repository, Unset):
        headers["X-CI-Repository"] = x_ci_repository

    if not isinstance(x_ci_actor, Unset):
        headers["X-CI-Actor"] = x_ci_actor

    if not isinstance(x_ci_actor_url, Unset):
        headers["X-CI-Actor-URL"] = x_ci_actor_url

    if not isinstance(x_ci_pr_url, Unset):
        headers["X-CI-PR-URL"] = x_ci_pr_url

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/execution/api/execute_test_id_async",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ExecuteTestAsyncAPIResponse | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = ExecuteTestAsyncAPIResponse.from_dict(response.json())

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
) -> Response[ExecuteTestAsyncAPIResponse | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: TaskID,
    x_revyl_client: None | str | Unset = UNSET,
    x_ci_system: None | str | Unset = UNSET,
    x_ci_commit_sha: None | str | Unset = UNSET,
    x_ci_branch: None | str | Unset = UNSET,
    x_ci_pr_number: int | None | Unset = UNSET,
    x_ci_run_url: None | str | Unset = UNSET,
    x_ci_run_id: None | str | Unset = UNSET,
    x_ci_repository: None | str | Unset = UNSET,
    x_ci_actor: None | str | Unset = UNSET,
    x_ci_actor_url: None | str | Unset = UNSET,
    x_ci_pr_url: None | str | Unset = UNSET,
) -> Response[ExecuteTestAsyncAPIResponse | HTTPValidationError]:
    """Execute Test Id Async

     Trigger a test execution asynchronously via Hatchet event.

    Args:
        x_revyl_client (None | str | Unset):
        x_ci_system (None | str | Unset):
        x_ci_commit_sha (None | str | Unset):
        x_ci_branch (None | str | Unset):
        x_ci_pr_number (int | None | Unset):
        x_ci_run_url (None | str | Unset):
        x_ci_run_id (None | str | Unset):
        x_ci_repository (None | str | Unset):
        x_ci_actor (None | str | Unset):
        x_ci_actor_url (None | str | Unset):
        x_ci_pr_url (None | str | Unset):
        body (TaskID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ExecuteTestAsyncAPIResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        body=body,
        x_revyl_client=x_revyl_client,
        x_ci_system=x_ci_system,
        x_ci_commit_sha=x_ci_commit_sha,
        x_ci_branch=x_ci_branch,
        x_ci_pr_number=x_ci_pr_number,
        x_ci_run_url=x_ci_run_url,
        x_ci_run_id=x_ci_run_id,
        x_ci_repository=x_ci_repository,
        x_ci_actor=x_ci_actor,
        x_ci_actor_url=x_ci_actor_url,
        x_ci_pr_url=x_ci_pr_url,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: TaskID,
    x_revyl_client: None | str | Unset = UNSET,
    x_ci_system: None | str | Unset = UNSET,
    x_ci_commit_sha: None | str | Unset = UNSET,
    x_ci_branch: None | str | Unset = UNSET,
    x_ci_pr_number: int | None | Unset = UNSET,
    x_ci_run_url: None | str | Unset = UNSET,
    x_ci_run_id: None | str | Unset = UNSET,
    x_ci_repository: None | str | Unset = UNSET,
    x_ci_actor: None | str | Unset = UNSET,
    x_ci_actor_url: None | str | Unset = UNSET,
    x_ci_pr_url: None | str | Unset = UNSET,
) -> ExecuteTestAsyncAPIResponse | HTTPValidationError | None:
    """Execute Test Id Async

     Trigger a test execution asynchronously via Hatchet event.

    Args:
        x_revyl_client (None | str | Unset):
        x_ci_system (None | str | Unset):
        x_ci_commit_sha (None | str | Unset):
        x_ci_branch (None | str | Unset):
        x_ci_pr_number (int | None | Unset):
        x_ci_run_url (None | str | Unset):
        x_ci_run_id (None | str | Unset):
        x_ci_repository (None | str | Unset):
        x_ci_actor (None | str | Unset):
        x_ci_actor_url (None | str | Unset):
        x_ci_pr_url (None | str | Unset):
        body (TaskID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ExecuteTestAsyncAPIResponse | HTTPValidationError
    """

    return sync_detailed(
        client=client,
        body=body,
        x_revyl_client=x_revyl_client,
        x_ci_system=x_ci_system,
        x_ci_commit_sha=x_ci_commit_sha,
        x_ci_branch=x_ci_branch,
        x_ci_pr_number=x_ci_pr_number,
        x_ci_run_url=x_ci_run_url,
        x_ci_run_id=x_ci_run_id,
        x_ci_repository=x_ci_repository,
        x_ci_actor=x_ci_actor,
        x_ci_actor_url=x_ci_actor_url,
        x_ci_pr_url=x_ci_pr_url,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: TaskID,
    x_revyl_client: None | str | Unset = UNSET,
    x_ci_system: None | str | Unset = UNSET,
    x_ci_commit_sha: None | str | Unset = UNSET,
    x_ci_branch: None | str | Unset = UNSET,
    x_ci_pr_number: int | None | Unset = UNSET,
    x_ci_run_url: None | str | Unset = UNSET,
    x_ci_run_id: None | str | Unset = UNSET,
    x_ci_repository: None | str | Unset = UNSET,
    x_ci_actor: None | str | Unset = UNSET,
    x_ci_actor_url: None | str | Unset = UNSET,
    x_ci_pr_url: None | str | Unset = UNSET,
) -> Response[ExecuteTestAsyncAPIResponse | HTTPValidationError]:
    """Execute Test Id Async

     Trigger a test execution asynchronously via Hatchet event.

    Args:
        x_revyl_client (None | str | Unset):
        x_ci_system (None | str | Unset):
        x_ci_commit_sha (None | str | Unset):
        x_ci_branch (None | str | Unset):
        x_ci_pr_number (int | None | Unset):
        x_ci_run_url (None | str | Unset):
        x_ci_run_id (None | str | Unset):
        x_ci_repository (None | str | Unset):
        x_ci_actor (None | str | Unset):
        x_ci_actor_url (None | str | Unset):
        x_ci_pr_url (None | str | Unset):
        body (TaskID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ExecuteTestAsyncAPIResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        body=body,
        x_revyl_client=x_revyl_client,
        x_ci_system=x_ci_system,
        x_ci_commit_sha=x_ci_commit_sha,
        x_ci_branch=x_ci_branch,
        x_ci_pr_number=x_ci_pr_number,
        x_ci_run_url=x_ci_run_url,
        x_ci_run_id=x_ci_run_id,
        x_ci_repository=x_ci_repository,
        x_ci_actor=x_ci_actor,
        x_ci_actor_url=x_ci_actor_url,
        x_ci_pr_url=x_ci_pr_url,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: TaskID,
    x_revyl_client: None | str | Unset = UNSET,
    x_ci_system: None | str | Unset = UNSET,
    x_ci_commit_sha: None | str | Unset = UNSET,
    x_ci_branch: None | str | Unset = UNSET,
    x_ci_pr_number: int | None | Unset = UNSET,
    x_ci_run_url: None | str | Unset = UNSET,
    x_ci_run_id: None | str | Unset = UNSET,
    x_ci_repository: None | str | Unset = UNSET,
    x_ci_actor: None | str | Unset = UNSET,
    x_ci_actor_url: None | str | Unset = UNSET,
    x_ci_pr_url: None | str | Unset = UNSET,
) -> ExecuteTestAsyncAPIResponse | HTTPValidationError | None:
    """Execute Test Id Async

     Trigger a test execution asynchronously via Hatchet event.

    Args:
        x_revyl_client (None | str | Unset):
        x_ci_system (None | str | Unset):
        x_ci_commit_sha (None | str | Unset):
        x_ci_branch (None | str | Unset):
        x_ci_pr_number (int | None | Unset):
        x_ci_run_url (None | str | Unset):
        x_ci_run_id (None | str | Unset):
        x_ci_repository (None | str | Unset):
        x_ci_actor (None | str | Unset):
        x_ci_actor_url (None | str | Unset):
        x_ci_pr_url (None | str | Unset):
        body (TaskID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ExecuteTestAsyncAPIResponse | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            x_revyl_client=x_revyl_client,
            x_ci_system=x_ci_system,
            x_ci_commit_sha=x_ci_commit_sha,
            x_ci_branch=x_ci_branch,
            x_ci_pr_number=x_ci_pr_number,
            x_ci_run_url=x_ci_run_url,
            x_ci_run_id=x_ci_run_id,
            x_ci_repository=x_ci_repository,
            x_ci_actor=x_ci_actor,
            x_ci_actor_url=x_ci_actor_url,
            x_ci_pr_url=x_ci_pr_url,
        )
    ).parsed
