from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.compare_atlas_v2_entities_response_compare_atlas_v2_entities_api_v1_atlas_v2_apps_app_id_compare_get import (
    CompareAtlasV2EntitiesResponseCompareAtlasV2EntitiesApiV1AtlasV2AppsAppIdCompareGet,
)
from ...models.http_validation_error import HTTPValidationError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    app_id: str,
    *,
    left_entity_id: str,
    right_entity_id: str,
    build_id: None | str | Unset = UNSET,
    report_id: None | str | Unset = UNSET,
    test_id: None | str | Unset = UNSET,
    source_kind: None | str | Unset = UNSET,
    from_time: None | str | Unset = UNSET,
    to_time: None | str | Unset = UNSET,
    surface_scope: str | Unset = "app",
    visibility: str | Unset = "included",
    include_variants: bool | Unset = True,
    include_screenshots: bool | Unset = False,
    limit: int | Unset = 1000,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["left_entity_id"] = left_entity_id

    params["right_entity_id"] = right_entity_id

    json_build_id: None | str | Unset
    if isinstance(build_id, Unset):
        json_build_id = UNSET
    else:
        json_build_id = build_id
    params["build_id"] = json_build_id

    json_report_id: None | str | Unset
    if isinstance(report_id, Unset):
        json_report_id = UNSET
    else:
        json_report_id = report_id
    params["report_id"] = json_report_id

    json_test_id: None | str | Unset
    if isinstance(test_id, Unset):
        json_test_id = UNSET
    else:
        json_test_id = test_id
    params["test_id"] = json_test_id

    json_source_kind: None | str | Unset
    if isinstance(source_kind, Unset):
        json_source_kind = UNSET
    else:
        json_source_kind = source_kind
    params["source_kind"] = json_source_kind

    json_from_time: None | str | Unset
    if isinstance(from_time, Unset):
        json_from_time = UNSET
    else:
        json_from_time = from_time
    params["from_time"] = json_from_time

    json_to_time: None | str | Unset
    if isinstance(to_time, Unset):
        json_to_time = UNSET
    else:
        json_to_time = to_time
    params["to_time"] = json_to_time

    params["surface_scope"] = surface_scope

    params["visibility"] = visibility

    params["include_variants"] = include_variants

    params["include_screenshots"] = include_screenshots

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/atlas/v2/apps/{app_id}/compare".format(
            app_id=quote(str(app_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CompareAtlasV2EntitiesResponseCompareAtlasV2EntitiesApiV1AtlasV2AppsAppIdCompareGet | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = CompareAtlasV2EntitiesResponseCompareAtlasV2EntitiesApiV1AtlasV2AppsAppIdCompareGet.from_dict(
            response.json()
        )

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
) -> Response[
    CompareAtlasV2EntitiesResponseCompareAtlasV2EntitiesApiV1AtlasV2AppsAppIdCompareGet | HTTPValidationError
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    app_id: str,
    *,
    client: AuthenticatedClient,
    left_entity_id: str,
    right_entity_id: str,
    build_id: None | str | Unset = UNSET,
    report_id: None | str | Unset = UNSET,
    test_id: None | str | Unset = UNSET,
    source_kind: None | str | Unset = UNSET,
    from_time: None | str | Unset = UNSET,
    to_time: None | str | Unset = UNSET,
    surface_scope: str | Unset = "app",
    visibility: str | Unset = "included",
    include_variants: bool | Unset = True,
    include_screenshots: bool | Unset = False,
    limit: int | Unset = 1000,
) -> Response[
    CompareAtlasV2EntitiesResponseCompareAtlasV2EntitiesApiV1AtlasV2AppsAppIdCompareGet | HTTPValidationError
]:
    """Compare Atlas V2 Entities

    Args:
        app_id (str):
        left_entity_id (str):
        right_entity_id (str):
        build_id (None | str | Unset):
        report_id (None | str | Unset):
        test_id (None | str | Unset):
        source_kind (None | str | Unset):
        from_time (None | str | Unset):
        to_time (None | str | Unset):
        surface_scope (str | Unset):  Default: 'app'.
        visibility (str | Unset):  Default: 'included'.
        include_variants (bool | Unset):  Default: True.
        include_screenshots (bool | Unset):  Default: False.
        limit (int | Unset):  Default: 1000.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CompareAtlasV2EntitiesResponseCompareAtlasV2EntitiesApiV1AtlasV2AppsAppIdCompareGet | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        app_id=app_id,
        left_entity_id=left_entity_id,
        right_entity_id=right_entity_id,
        build_id=build_id,
        report_id=report_id,
        test_id=test_id,
        source_kind=source_kind,
        from_time=from_time,
        to_time=to_time,
        surface_scope=surface_scope,
        visibility=visibility,
        include_variants=include_variants,
        include_screenshots=include_screenshots,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    app_id: str,
    *,
    client: AuthenticatedClient,
    left_entity_id: str,
    right_entity_id: str,
    build_id: None | str | Unset = UNSET,
    report_id: None | str | Unset = UNSET,
    test_id: None | str | Unset = UNSET,
    source_kind: None | str | Unset = UNSET,
    from_time: None | str | Unset = UNSET,
    to_time: None | str | Unset = UNSET,
    surface_scope: str | Unset = "app",
    visibility: str | Unset = "included",
    include_variants: bool | Unset = True,
    include_screenshots: bool | Unset = False,
    limit: int | Unset = 1000,
) -> CompareAtlasV2EntitiesResponseCompareAtlasV2EntitiesApiV1AtlasV2AppsAppIdCompareGet | HTTPValidationError | None:
    """Compare Atlas V2 Entities

    Args:
        app_id (str):
        left_entity_id (str):
        right_entity_id (str):
        build_id (None | str | Unset):
        report_id (None | str | Unset):
        test_id (None | str | Unset):
        source_kind (None | str | Unset):
        from_time (None | str | Unset):
        to_time (None | str | Unset):
        surface_scope (str | Unset):  Default: 'app'.
        visibility (str | Unset):  Default: 'included'.
        include_variants (bool | Unset):  Default: True.
        include_screenshots (bool | Unset):  Default: False.
        limit (int | Unset):  Default: 1000.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CompareAtlasV2EntitiesResponseCompareAtlasV2EntitiesApiV1AtlasV2AppsAppIdCompareGet | HTTPValidationError
    """

    return sync_detailed(
        app_id=app_id,
        client=client,
        left_entity_id=left_entity_id,
        right_entity_id=right_entity_id,
        build_id=build_id,
        report_id=report_id,
        test_id=test_id,
        source_kind=source_kind,
        from_time=from_time,
        to_time=to_time,
        surface_scope=surface_scope,
        visibility=visibility,
        include_variants=include_variants,
        include_screenshots=include_screenshots,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    app_id: str,
    *,
    client: AuthenticatedClient,
    left_entity_id: str,
    right_entity_id: str,
    build_id: None | str | Unset = UNSET,
    report_id: None | str | Unset = UNSET,
    test_id: None | str | Unset = UNSET,
    source_kind: None | str | Unset = UNSET,
    from_time: None | str | Unset = UNSET,
    to_time: None | str | Unset = UNSET,
    surface_scope: str | Unset = "app",
    visibility: str | Unset = "included",
    include_variants: bool | Unset = True,
    include_screenshots: bool | Unset = False,
    limit: int | Unset = 1000,
) -> Response[
    CompareAtlasV2EntitiesResponseCompareAtlasV2EntitiesApiV1AtlasV2AppsAppIdCompareGet | HTTPValidationError
]:
    """Compare Atlas V2 Entities

    Args:
        app_id (str):
        left_entity_id (str):
        right_entity_id (str):
        build_id (None | str | Unset):
        report_id (None | str | Unset):
        test_id (None | str | Unset):
        source_kind (None | str | Unset):
        from_time (None | str | Unset):
        to_time (None | str | Unset):
        surface_scope (str | Unset):  Default: 'app'.
        visibility (str | Unset):  Default: 'included'.
        include_variants (bool | Unset):  Default: True.
        include_screenshots (bool | Unset):  Default: False.
        limit (int | Unset):  Default: 1000.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CompareAtlasV2EntitiesResponseCompareAtlasV2EntitiesApiV1AtlasV2AppsAppIdCompareGet | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        app_id=app_id,
        left_entity_id=left_entity_id,
        right_entity_id=right_entity_id,
        build_id=build_id,
        report_id=report_id,
        test_id=test_id,
        source_kind=source_kind,
        from_time=from_time,
        to_time=to_time,
        surface_scope=surface_scope,
        visibility=visibility,
        include_variants=include_variants,
        include_screenshots=include_screenshots,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    app_id: str,
    *,
    client: AuthenticatedClient,
    left_entity_id: str,
    right_entity_id: str,
    build_id: None | str | Unset = UNSET,
    report_id: None | str | Unset = UNSET,
    test_id: None | str | Unset = UNSET,
    source_kind: None | str | Unset = UNSET,
    from_time: None | str | Unset = UNSET,
    to_time: None | str | Unset = UNSET,
    surface_scope: str | Unset = "app",
    visibility: str | Unset = "included",
    include_variants: bool | Unset = True,
    include_screenshots: bool | Unset = False,
    limit: int | Unset = 1000,
) -> CompareAtlasV2EntitiesResponseCompareAtlasV2EntitiesApiV1AtlasV2AppsAppIdCompareGet | HTTPValidationError | None:
    """Compare Atlas V2 Entities

    Args:
        app_id (str):
        left_entity_id (str):
        right_entity_id (str):
        build_id (None | str | Unset):
        report_id (None | str | Unset):
        test_id (None | str | Unset):
        source_kind (None | str | Unset):
        from_time (None | str | Unset):
        to_time (None | str | Unset):
        surface_scope (str | Unset):  Default: 'app'.
        visibility (str | Unset):  Default: 'included'.
        include_variants (bool | Unset):  Default: True.
        include_screenshots (bool | Unset):  Default: False.
        limit (int | Unset):  Default: 1000.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CompareAtlasV2EntitiesResponseCompareAtlasV2EntitiesApiV1AtlasV2AppsAppIdCompareGet | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            app_id=app_id,
            client=client,
            left_entity_id=left_entity_id,
            right_entity_id=right_entity_id,
            build_id=build_id,
            report_id=report_id,
            test_id=test_id,
            source_kind=source_kind,
            from_time=from_time,
            to_time=to_time,
            surface_scope=surface_scope,
            visibility=visibility,
            include_variants=include_variants,
            include_screenshots=include_screenshots,
            limit=limit,
        )
    ).parsed
