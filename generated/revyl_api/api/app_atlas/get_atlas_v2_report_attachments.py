from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.atlas_report_observation_attachments_response import AtlasReportObservationAttachmentsResponse
from ...models.http_validation_error import HTTPValidationError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    app_id: str,
    report_id: str,
    *,
    build_id: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_build_id: None | str | Unset
    if isinstance(build_id, Unset):
        json_build_id = UNSET
    else:
        json_build_id = build_id
    params["build_id"] = json_build_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/atlas/v2/apps/{app_id}/reports/{report_id}/attachments".format(
            app_id=quote(str(app_id), safe=""),
            report_id=quote(str(report_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AtlasReportObservationAttachmentsResponse | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = AtlasReportObservationAttachmentsResponse.from_dict(response.json())

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
) -> Response[AtlasReportObservationAttachmentsResponse | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    app_id: str,
    report_id: str,
    *,
    client: AuthenticatedClient,
    build_id: None | str | Unset = UNSET,
) -> Response[AtlasReportObservationAttachmentsResponse | HTTPValidationError]:
    """Get Atlas V2 Report Attachments

    Args:
        app_id (str):
        report_id (str):
        build_id (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AtlasReportObservationAttachmentsResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        app_id=app_id,
        report_id=report_id,
        build_id=build_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    app_id: str,
    report_id: str,
    *,
    client: AuthenticatedClient,
    build_id: None | str | Unset = UNSET,
) -> AtlasReportObservationAttachmentsResponse | HTTPValidationError | None:
    """Get Atlas V2 Report Attachments

    Args:
        app_id (str):
        report_id (str):
        build_id (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AtlasReportObservationAttachmentsResponse | HTTPValidationError
    """

    return sync_detailed(
        app_id=app_id,
        report_id=report_id,
        client=client,
        build_id=build_id,
    ).parsed


async def asyncio_detailed(
    app_id: str,
    report_id: str,
    *,
    client: AuthenticatedClient,
    build_id: None | str | Unset = UNSET,
) -> Response[AtlasReportObservationAttachmentsResponse | HTTPValidationError]:
    """Get Atlas V2 Report Attachments

    Args:
        app_id (str):
        report_id (str):
        build_id (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AtlasReportObservationAttachmentsResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        app_id=app_id,
        report_id=report_id,
        build_id=build_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    app_id: str,
    report_id: str,
    *,
    client: AuthenticatedClient,
    build_id: None | str | Unset = UNSET,
) -> AtlasReportObservationAttachmentsResponse | HTTPValidationError | None:
    """Get Atlas V2 Report Attachments

    Args:
        app_id (str):
        report_id (str):
        build_id (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AtlasReportObservationAttachmentsResponse | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            app_id=app_id,
            report_id=report_id,
            client=client,
            build_id=build_id,
        )
    ).parsed
