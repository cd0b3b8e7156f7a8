from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.device_logs_download_response import DeviceLogsDownloadResponse
from ...models.http_validation_error import HTTPValidationError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    report_id: str,
    *,
    token: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_token: None | str | Unset
    if isinstance(token, Unset):
        json_token = UNSET
    else:
        json_token = token
    params["token"] = json_token

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/reports-v3/reports/{report_id}/device-logs".format(
            report_id=quote(str(report_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DeviceLogsDownloadResponse | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = DeviceLogsDownloadResponse.from_dict(response.json())

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
) -> Response[DeviceLogsDownloadResponse | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    report_id: str,
    *,
    client: AuthenticatedClient,
    token: None | str | Unset = UNSET,
) -> Response[DeviceLogsDownloadResponse | HTTPValidationError]:
    """Get Device Logs Download Url

     Get a presigned download URL for device logs (logcat/iOS system logs).

    Supports both authenticated and public (token-based) access.
    Returns a presigned S3 URL that expires in 1 hour.

    Args:
        report_id (str):
        token (None | str | Unset): Public share token for unauthenticated access

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeviceLogsDownloadResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        report_id=report_id,
        token=token,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    report_id: str,
    *,
    client: AuthenticatedClient,
    token: None | str | Unset = UNSET,
) -> DeviceLogsDownloadResponse | HTTPValidationError | None:
    """Get Device Logs Download Url

     Get a presigned download URL for device logs (logcat/iOS system logs).

    Supports both authenticated and public (token-based) access.
    Returns a presigned S3 URL that expires in 1 hour.

    Args:
        report_id (str):
        token (None | str | Unset): Public share token for unauthenticated access

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeviceLogsDownloadResponse | HTTPValidationError
    """

    return sync_detailed(
        report_id=report_id,
        client=client,
        token=token,
    ).parsed


async def asyncio_detailed(
    report_id: str,
    *,
    client: AuthenticatedClient,
    token: None | str | Unset = UNSET,
) -> Response[DeviceLogsDownloadResponse | HTTPValidationError]:
    """Get Device Logs Download Url

     Get a presigned download URL for device logs (logcat/iOS system logs).

    Supports both authenticated and public (token-based) access.
    Returns a presigned S3 URL that expires in 1 hour.

    Args:
        report_id (str):
        token (None | str | Unset): Public share token for unauthenticated access

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeviceLogsDownloadResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        report_id=report_id,
        token=token,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    report_id: str,
    *,
    client: AuthenticatedClient,
    token: None | str | Unset = UNSET,
) -> DeviceLogsDownloadResponse | HTTPValidationError | None:
    """Get Device Logs Download Url

     Get a presigned download URL for device logs (logcat/iOS system logs).

    Supports both authenticated and public (token-based) access.
    Returns a presigned S3 URL that expires in 1 hour.

    Args:
        report_id (str):
        token (None | str | Unset): Public share token for unauthenticated access

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeviceLogsDownloadResponse | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            report_id=report_id,
            client=client,
            token=token,
        )
    ).parsed
