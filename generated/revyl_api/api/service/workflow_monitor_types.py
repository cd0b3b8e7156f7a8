from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.completed_test_data import CompletedTestData
from ...models.org_test_monitor_item import OrgTestMonitorItem
from ...models.org_workflow_monitor_item import OrgWorkflowMonitorItem
from ...models.org_workflow_monitor_state import OrgWorkflowMonitorState
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/workflow_monitor_types",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CompletedTestData | OrgTestMonitorItem | OrgWorkflowMonitorItem | OrgWorkflowMonitorState | None:
    if response.status_code == 200:

        def _parse_response_200(
            data: object,
        ) -> CompletedTestData | OrgTestMonitorItem | OrgWorkflowMonitorItem | OrgWorkflowMonitorState:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = OrgWorkflowMonitorItem.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_1 = OrgWorkflowMonitorState.from_dict(data)

                return response_200_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_2 = OrgTestMonitorItem.from_dict(data)

                return response_200_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_3 = CompletedTestData.from_dict(data)

            return response_200_type_3

        response_200 = _parse_response_200(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CompletedTestData | OrgTestMonitorItem | OrgWorkflowMonitorItem | OrgWorkflowMonitorState]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[CompletedTestData | OrgTestMonitorItem | OrgWorkflowMonitorItem | OrgWorkflowMonitorState]:
    """Workflow Monitor Types

     Get the types for the workflow monitor

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CompletedTestData | OrgTestMonitorItem | OrgWorkflowMonitorItem | OrgWorkflowMonitorState]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> CompletedTestData | OrgTestMonitorItem | OrgWorkflowMonitorItem | OrgWorkflowMonitorState | None:
    """Workflow Monitor Types

     Get the types for the workflow monitor

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CompletedTestData | OrgTestMonitorItem | OrgWorkflowMonitorItem | OrgWorkflowMonitorState
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[CompletedTestData | OrgTestMonitorItem | OrgWorkflowMonitorItem | OrgWorkflowMonitorState]:
    """Workflow Monitor Types

     Get the types for the workflow monitor

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CompletedTestData | OrgTestMonitorItem | OrgWorkflowMonitorItem | OrgWorkflowMonitorState]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> CompletedTestData | OrgTestMonitorItem | OrgWorkflowMonitorItem | OrgWorkflowMonitorState | None:
    """Workflow Monitor Types

     Get the types for the workflow monitor

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CompletedTestData | OrgTestMonitorItem | OrgWorkflowMonitorItem | OrgWorkflowMonitorState
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
