from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.step_summaries_batch_request import StepSummariesBatchRequest
from ...models.step_summaries_batch_response import StepSummariesBatchResponse
from ...types import Response


def _get_kwargs(
    *,
    body: StepSummariesBatchRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/reports-v3/reports/step-summaries-batch",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | StepSummariesBatchResponse | None:
    if response.status_code == 200:
        response_200 = StepSummariesBatchResponse.from_dict(response.json())

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
) -> Response[HTTPValidationError | StepSummariesBatchResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: StepSummariesBatchRequest,
) -> Response[HTTPValidationError | StepSummariesBatchResponse]:
    """Get Step Summaries Batch

     Get lightweight step summaries for multiple test executions.

    This is optimized for test history list views - returns only step type,
    status, and validation results for progress bar visualization.

    Color mapping for frontend:
    - instruction/extraction/etc with status="success" -> blue
    - instruction/extraction/etc with status="warning" -> yellow
    - instruction/extraction/etc with status="failed" -> red
    - validation with validation_result=true -> purple
    - validation with validation_result=false -> red

    Args:
        task_ids: List of test_execution IDs to fetch

    Returns:
        Dictionary mapping task_id to list of step summaries (or null if not found)

    Args:
        body (StepSummariesBatchRequest): Request for batch step summaries.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | StepSummariesBatchResponse]
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
    body: StepSummariesBatchRequest,
) -> HTTPValidationError | StepSummariesBatchResponse | None:
    """Get Step Summaries Batch

     Get lightweight step summaries for multiple test executions.

    This is optimized for test history list views - returns only step type,
    status, and validation results for progress bar visualization.

    Color mapping for frontend:
    - instruction/extraction/etc with status="success" -> blue
    - instruction/extraction/etc with status="warning" -> yellow
    - instruction/extraction/etc with status="failed" -> red
    - validation with validation_result=true -> purple
    - validation with validation_result=false -> red

    Args:
        task_ids: List of test_execution IDs to fetch

    Returns:
        Dictionary mapping task_id to list of step summaries (or null if not found)

    Args:
        body (StepSummariesBatchRequest): Request for batch step summaries.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | StepSummariesBatchResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: StepSummariesBatchRequest,
) -> Response[HTTPValidationError | StepSummariesBatchResponse]:
    """Get Step Summaries Batch

     Get lightweight step summaries for multiple test executions.

    This is optimized for test history list views - returns only step type,
    status, and validation results for progress bar visualization.

    Color mapping for frontend:
    - instruction/extraction/etc with status="success" -> blue
    - instruction/extraction/etc with status="warning" -> yellow
    - instruction/extraction/etc with status="failed" -> red
    - validation with validation_result=true -> purple
    - validation with validation_result=false -> red

    Args:
        task_ids: List of test_execution IDs to fetch

    Returns:
        Dictionary mapping task_id to list of step summaries (or null if not found)

    Args:
        body (StepSummariesBatchRequest): Request for batch step summaries.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | StepSummariesBatchResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: StepSummariesBatchRequest,
) -> HTTPValidationError | StepSummariesBatchResponse | None:
    """Get Step Summaries Batch

     Get lightweight step summaries for multiple test executions.

    This is optimized for test history list views - returns only step type,
    status, and validation results for progress bar visualization.

    Color mapping for frontend:
    - instruction/extraction/etc with status="success" -> blue
    - instruction/extraction/etc with status="warning" -> yellow
    - instruction/extraction/etc with status="failed" -> red
    - validation with validation_result=true -> purple
    - validation with validation_result=false -> red

    Args:
        task_ids: List of test_execution IDs to fetch

    Returns:
        Dictionary mapping task_id to list of step summaries (or null if not found)

    Args:
        body (StepSummariesBatchRequest): Request for batch step summaries.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | StepSummariesBatchResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
