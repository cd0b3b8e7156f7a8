from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.app_build_health_item import AppBuildHealthItem
    from ..models.app_execution_trend_point import AppExecutionTrendPoint
    from ..models.app_response import AppResponse


T = TypeVar("T", bound="AppWorkspaceResponse")


@_attrs_define
class AppWorkspaceResponse:
    """
    Attributes:
        app (AppResponse): Response model for an app.
        current_build_id (None | str | Unset):
        current_build_version (None | str | Unset):
        latest_build_id (None | str | Unset):
        latest_build_version (None | str | Unset):
        attached_tests (int | Unset):  Default: 0.
        pinned_tests (int | Unset):  Default: 0.
        recent_executions (int | Unset):  Default: 0.
        rolling_pass_rate (float | None | Unset):
        attribution_ready (bool | Unset):  Default: False.
        execution_trend (list[AppExecutionTrendPoint] | Unset):
        build_health (list[AppBuildHealthItem] | Unset):
    """

    app: AppResponse
    current_build_id: None | str | Unset = UNSET
    current_build_version: None | str | Unset = UNSET
    latest_build_id: None | str | Unset = UNSET
    latest_build_version: None | str | Unset = UNSET
    attached_tests: int | Unset = 0
    pinned_tests: int | Unset = 0
    recent_executions: int | Unset = 0
    rolling_pass_rate: float | None | Unset = UNSET
    attribution_ready: bool | Unset = False
    execution_trend: list[AppExecutionTrendPoint] | Unset = UNSET
    build_health: list[AppBuildHealthItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        app = self.app.to_dict()

        current_build_id: None | str | Unset
        if isinstance(self.current_build_id, Unset):
            current_build_id = UNSET
        else:
            current_build_id = self.current_build_id

        current_build_version: None | str | Unset
        if isinstance(self.current_build_version, Unset):
            current_build_version = UNSET
        else:
            current_build_version = self.current_build_version

        latest_build_id: None | str | Unset
        if isinstance(self.latest_build_id, Unset):
            latest_build_id = UNSET
        else:
            latest_build_id = self.latest_build_id

        latest_build_version: None | str | Unset
        if isinstance(self.latest_build_version, Unset):
            latest_build_version = UNSET
        else:
            latest_build_version = self.latest_build_version

        attached_tests = self.attached_tests

        pinned_tests = self.pinned_tests

        recent_executions = self.recent_executions

        rolling_pass_rate: float | None | Unset
        if isinstance(self.rolling_pass_rate, Unset):
            rolling_pass_rate = UNSET
        else:
            rolling_pass_rate = self.rolling_pass_rate

        attribution_ready = self.attribution_ready

        execution_trend: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.execution_trend, Unset):
            execution_trend = []
            for execution_trend_item_data in self.execution_trend:
                execution_trend_item = execution_trend_item_data.to_dict()
                execution_trend.append(execution_trend_item)

        build_health: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.build_health, Unset):
            build_health = []
            for build_health_item_data in self.build_health:
                build_health_item = build_health_item_data.to_dict()
                build_health.append(build_health_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "app": app,
            }
        )
        if current_build_id is not UNSET:
            field_dict["current_build_id"] = current_build_id
        if current_build_version is not UNSET:
            field_dict["current_build_version"] = current_build_version
        if latest_build_id is not UNSET:
            field_dict["latest_build_id"] = latest_build_id
        if latest_build_version is not UNSET:
            field_dict["latest_build_version"] = latest_build_version
        if attached_tests is not UNSET:
            field_dict["attached_tests"] = attached_tests
        if pinned_tests is not UNSET:
            field_dict["pinned_tests"] = pinned_tests
        if recent_executions is not UNSET:
            field_dict["recent_executions"] = recent_executions
        if rolling_pass_rate is not UNSET:
            field_dict["rolling_pass_rate"] = rolling_pass_rate
        if attribution_ready is not UNSET:
            field_dict["attribution_ready"] = attribution_ready
        if execution_trend is not UNSET:
            field_dict["execution_trend"] = execution_trend
        if build_health is not UNSET:
            field_dict["build_health"] = build_health

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.app_build_health_item import AppBuildHealthItem  # noqa: PLC0415
        from ..models.app_execution_trend_point import AppExecutionTrendPoint  # noqa: PLC0415
        from ..models.app_response import AppResponse  # noqa: PLC0415

        d = dict(src_dict)
        app = AppResponse.from_dict(d.pop("app"))

        def _parse_current_build_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        current_build_id = _parse_current_build_id(d.pop("current_build_id", UNSET))

        def _parse_current_build_version(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        current_build_version = _parse_current_build_version(d.pop("current_build_version", UNSET))

        def _parse_latest_build_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        latest_build_id = _parse_latest_build_id(d.pop("latest_build_id", UNSET))

        def _parse_latest_build_version(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        latest_build_version = _parse_latest_build_version(d.pop("latest_build_version", UNSET))

        attached_tests = d.pop("attached_tests", UNSET)

        pinned_tests = d.pop("pinned_tests", UNSET)

        recent_executions = d.pop("recent_executions", UNSET)

        def _parse_rolling_pass_rate(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        rolling_pass_rate = _parse_rolling_pass_rate(d.pop("rolling_pass_rate", UNSET))

        attribution_ready = d.pop("attribution_ready", UNSET)

        _execution_trend = d.pop("execution_trend", UNSET)
        execution_trend: list[AppExecutionTrendPoint] | Unset = UNSET
        if _execution_trend is not UNSET:
            execution_trend = []
            for execution_trend_item_data in _execution_trend:
                execution_trend_item = AppExecutionTrendPoint.from_dict(execution_trend_item_data)

                execution_trend.append(execution_trend_item)

        _build_health = d.pop("build_health", UNSET)
        build_health: list[AppBuildHealthItem] | Unset = UNSET
        if _build_health is not UNSET:
            build_health = []
            for build_health_item_data in _build_health:
                build_health_item = AppBuildHealthItem.from_dict(build_health_item_data)

                build_health.append(build_health_item)

        app_workspace_response = cls(
            app=app,
            current_build_id=current_build_id,
            current_build_version=current_build_version,
            latest_build_id=latest_build_id,
            latest_build_version=latest_build_version,
            attached_tests=attached_tests,
            pinned_tests=pinned_tests,
            recent_executions=recent_executions,
            rolling_pass_rate=rolling_pass_rate,
            attribution_ready=attribution_ready,
            execution_trend=execution_trend,
            build_health=build_health,
        )

        app_workspace_response.additional_properties = d
        return app_workspace_response

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
