from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.build_runner_status import BuildRunnerStatus
from ...models.check_build_runners_available_platform import (
    CheckBuildRunnersAvailablePlatform,
)
from ...models.http_validation_error import HTTPValidationError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    platform: CheckBuildRunnersAvailablePlatform | Unset = "ios",
    runner_id: None | str | Unset = UNSET,
    image: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_platform: str | Unset = UNSET
    if not isinstance(platform, Unset):
        json_platform = platform

    params["platform"] = json_platform

    json_runner_id: None | str | Unset
    if isinstance(runner_id, Unset):
        json_runner_id = UNSET
    else:
        json_runner_id = runner_id
    params["runner_id"] = json_runner_id

    json_image: None | str | Unset
    if isinstance(image, Unset):
        json_image = UNSET
    else:
        json_image = image
    params["image"] = json_image

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/apps/remote/runners/available",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BuildRunnerStatus | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = BuildRunnerStatus.from_dict(response.json())

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
) -> Response[BuildRunnerStatus | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    platform: CheckBuildRunnersAvailablePlatform | Unset = "ios",
    runner_id: None | str | Unset = UNSET,
    image: None | str | Unset = UNSET,
) -> Response[BuildRunnerStatus | HTTPValidationError]:
    """Check Build Runners Available

     Check sandbox-build capacity for the caller's org and platform.

    Args:
        platform (CheckBuildRunnersAvailablePlatform | Unset):  Default: 'ios'.
        runner_id (None | str | Unset): Deprecated and ignored. Runner selection is managed by
            Revyl.
        image (None | str | Unset): Optional sandbox build image key. Defaults to latest.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BuildRunnerStatus | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        platform=platform,
        runner_id=runner_id,
        image=image,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    platform: CheckBuildRunnersAvailablePlatform | Unset = "ios",
    runner_id: None | str | Unset = UNSET,
    image: None | str | Unset = UNSET,
) -> BuildRunnerStatus | HTTPValidationError | None:
    """Check Build Runners Available

     Check sandbox-build capacity for the caller's org and platform.

    Args:
        platform (CheckBuildRunnersAvailablePlatform | Unset):  Default: 'ios'.
        runner_id (None | str | Unset): Deprecated and ignored. Runner selection is managed by
            Revyl.
        image (None | str | Unset): Optional sandbox build image key. Defaults to latest.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BuildRunnerStatus | HTTPValidationError
    """

    return sync_detailed(
        client=client,
        platform=platform,
        runner_id=runner_id,
        image=image,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    platform: CheckBuildRunnersAvailablePlatform | Unset = "ios",
    runner_id: None | str | Unset = UNSET,
    image: None | str | Unset = UNSET,
) -> Response[BuildRunnerStatus | HTTPValidationError]:
    """Check Build Runners Available

     Check sandbox-build capacity for the caller's org and platform.

    Args:
        platform (CheckBuildRunnersAvailablePlatform | Unset):  Default: 'ios'.
        runner_id (None | str | Unset): Deprecated and ignored. Runner selection is managed by
            Revyl.
        image (None | str | Unset): Optional sandbox build image key. Defaults to latest.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BuildRunnerStatus | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        platform=platform,
        runner_id=runner_id,
        image=image,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    platform: CheckBuildRunnersAvailablePlatform | Unset = "ios",
    runner_id: None | str | Unset = UNSET,
    image: None | str | Unset = UNSET,
) -> BuildRunnerStatus | HTTPValidationError | None:
    """Check Build Runners Available

     Check sandbox-build capacity for the caller's org and platform.

    Args:
        platform (CheckBuildRunnersAvailablePlatform | Unset):  Default: 'ios'.
        runner_id (None | str | Unset): Deprecated and ignored. Runner selection is managed by
            Revyl.
        image (None | str | Unset): Optional sandbox build image key. Defaults to latest.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BuildRunnerStatus | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            client=client,
            platform=platform,
            runner_id=runner_id,
            image=image,
        )
    ).parsed
