from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.device_sessions_session_history_item_source_metadata_type_0 import (
        DeviceSessionsSessionHistoryItemSourceMetadataType0,
    )


T = TypeVar("T", bound="DeviceSessionsSessionHistoryItem")


@_attrs_define
class DeviceSessionsSessionHistoryItem:
    """Single row in the device session history listing.

    Attributes:
        id (str):
        org_id (str):
        status (str):
        app_id (None | str | Unset):
        build_id (None | str | Unset):
        app_name (None | str | Unset):
        build_version (None | str | Unset):
        source (None | str | Unset):
        source_metadata (DeviceSessionsSessionHistoryItemSourceMetadataType0 | None | Unset):
        platform (None | str | Unset):
        device_model (None | str | Unset):
        os_version (None | str | Unset):
        created_at (None | str | Unset):
        started_at (None | str | Unset):
        ended_at (None | str | Unset):
        duration_seconds (float | None | Unset):
        error_message (None | str | Unset):
        trace_id (None | str | Unset):
        workflow_run_id (None | str | Unset):
        report_id (None | str | Unset):
        has_video (bool | Unset):  Default: False.
        step_count (int | Unset):  Default: 0.
        test_execution_id (None | str | Unset):
        test_id (None | str | Unset):
        test_name (None | str | Unset):
        workflow_execution_id (None | str | Unset):
        workflow_name (None | str | Unset):
        user_email (None | str | Unset):
    """

    id: str
    org_id: str
    status: str
    app_id: None | str | Unset = UNSET
    build_id: None | str | Unset = UNSET
    app_name: None | str | Unset = UNSET
    build_version: None | str | Unset = UNSET
    source: None | str | Unset = UNSET
    source_metadata: DeviceSessionsSessionHistoryItemSourceMetadataType0 | None | Unset = UNSET
    platform: None | str | Unset = UNSET
    device_model: None | str | Unset = UNSET
    os_version: None | str | Unset = UNSET
    created_at: None | str | Unset = UNSET
    started_at: None | str | Unset = UNSET
    ended_at: None | str | Unset = UNSET
    duration_seconds: float | None | Unset = UNSET
    error_message: None | str | Unset = UNSET
    trace_id: None | str | Unset = UNSET
    workflow_run_id: None | str | Unset = UNSET
    report_id: None | str | Unset = UNSET
    has_video: bool | Unset = False
    step_count: int | Unset = 0
    test_execution_id: None | str | Unset = UNSET
    test_id: None | str | Unset = UNSET
    test_name: None | str | Unset = UNSET
    workflow_execution_id: None | str | Unset = UNSET
    workflow_name: None | str | Unset = UNSET
    user_email: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.device_sessions_session_history_item_source_metadata_type_0 import (
            DeviceSessionsSessionHistoryItemSourceMetadataType0,  # noqa: PLC0415
        )

        id = self.id

        org_id = self.org_id

        status = self.status

        app_id: None | str | Unset
        if isinstance(self.app_id, Unset):
            app_id = UNSET
        else:
            app_id = self.app_id

        build_id: None | str | Unset
        if isinstance(self.build_id, Unset):
            build_id = UNSET
        else:
            build_id = self.build_id

        app_name: None | str | Unset
        if isinstance(self.app_name, Unset):
            app_name = UNSET
        else:
            app_name = self.app_name

        build_version: None | str | Unset
        if isinstance(self.build_version, Unset):
            build_version = UNSET
        else:
            build_version = self.build_version

        source: None | str | Unset
        if isinstance(self.source, Unset):
            source = UNSET
        else:
            source = self.source

        source_metadata: dict[str, Any] | None | Unset
        if isinstance(self.source_metadata, Unset):
            source_metadata = UNSET
        elif isinstance(self.source_metadata, DeviceSessionsSessionHistoryItemSourceMetadataType0):
            source_metadata = self.source_metadata.to_dict()
        else:
            source_metadata = self.source_metadata

        platform: None | str | Unset
        if isinstance(self.platform, Unset):
            platform = UNSET
        else:
            platform = self.platform

        device_model: None | str | Unset
        if isinstance(self.device_model, Unset):
            device_model = UNSET
        else:
            device_model = self.device_model

        os_version: None | str | Unset
        if isinstance(self.os_version, Unset):
            os_version = UNSET
        else:
            os_version = self.os_version

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        started_at: None | str | Unset
        if isinstance(self.started_at, Unset):
            started_at = UNSET
        else:
            started_at = self.started_at

        ended_at: None | str | Unset
        if isinstance(self.ended_at, Unset):
            ended_at = UNSET
        else:
            ended_at = self.ended_at

        duration_seconds: float | None | Unset
        if isinstance(self.duration_seconds, Unset):
            duration_seconds = UNSET
        else:
            duration_seconds = self.duration_seconds

        error_message: None | str | Unset
        if isinstance(self.error_message, Unset):
            error_message = UNSET
        else:
            error_message = self.error_message

        trace_id: None | str | Unset
        if isinstance(self.trace_id, Unset):
            trace_id = UNSET
        else:
            trace_id = self.trace_id

        workflow_run_id: None | str | Unset
        if isinstance(self.workflow_run_id, Unset):
            workflow_run_id = UNSET
        else:
            workflow_run_id = self.workflow_run_id

        report_id: None | str | Unset
        if isinstance(self.report_id, Unset):
            report_id = UNSET
        else:
            report_id = self.report_id

        has_video = self.has_video

        step_count = self.step_count

        test_execution_id: None | str | Unset
        if isinstance(self.test_execution_id, Unset):
            test_execution_id = UNSET
        else:
            test_execution_id = self.test_execution_id

        test_id: None | str | Unset
        if isinstance(self.test_id, Unset):
            test_id = UNSET
        else:
            test_id = self.test_id

        test_name: None | str | Unset
        if isinstance(self.test_name, Unset):
            test_name = UNSET
        else:
            test_name = self.test_name

        workflow_execution_id: None | str | Unset
        if isinstance(self.workflow_execution_id, Unset):
            workflow_execution_id = UNSET
        else:
            workflow_execution_id = self.workflow_execution_id

        workflow_name: None | str | Unset
        if isinstance(self.workflow_name, Unset):
            workflow_name = UNSET
        else:
            workflow_name = self.workflow_name

        user_email: None | str | Unset
        if isinstance(self.user_email, Unset):
            user_email = UNSET
        else:
            user_email = self.user_email

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "org_id": org_id,
                "status": status,
            }
        )
        if app_id is not UNSET:
            field_dict["app_id"] = app_id
        if build_id is not UNSET:
            field_dict["build_id"] = build_id
        if app_name is not UNSET:
            field_dict["app_name"] = app_name
        if build_version is not UNSET:
            field_dict["build_version"] = build_version
        if source is not UNSET:
            field_dict["source"] = source
        if source_metadata is not UNSET:
            field_dict["source_metadata"] = source_metadata
        if platform is not UNSET:
            field_dict["platform"] = platform
        if device_model is not UNSET:
            field_dict["device_model"] = device_model
        if os_version is not UNSET:
            field_dict["os_version"] = os_version
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if started_at is not UNSET:
            field_dict["started_at"] = started_at
        if ended_at is not UNSET:
            field_dict["ended_at"] = ended_at
        if duration_seconds is not UNSET:
            field_dict["duration_seconds"] = duration_seconds
        if error_message is not UNSET:
            field_dict["error_message"] = error_message
        if trace_id is not UNSET:
            field_dict["trace_id"] = trace_id
        if workflow_run_id is not UNSET:
            field_dict["workflow_run_id"] = workflow_run_id
        if report_id is not UNSET:
            field_dict["report_id"] = report_id
        if has_video is not UNSET:
            field_dict["has_video"] = has_video
        if step_count is not UNSET:
            field_dict["step_count"] = step_count
        if test_execution_id is not UNSET:
            field_dict["test_execution_id"] = test_execution_id
        if test_id is not UNSET:
            field_dict["test_id"] = test_id
        if test_name is not UNSET:
            field_dict["test_name"] = test_name
        if workflow_execution_id is not UNSET:
            field_dict["workflow_execution_id"] = workflow_execution_id
        if workflow_name is not UNSET:
            field_dict["workflow_name"] = workflow_name
        if user_email is not UNSET:
            field_dict["user_email"] = user_email

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.device_sessions_session_history_item_source_metadata_type_0 import (
            DeviceSessionsSessionHistoryItemSourceMetadataType0,  # noqa: PLC0415
        )

        d = dict(src_dict)
        id = d.pop("id")

        org_id = d.pop("org_id")

        status = d.pop("status")

        def _parse_app_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        app_id = _parse_app_id(d.pop("app_id", UNSET))

        def _parse_build_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        build_id = _parse_build_id(d.pop("build_id", UNSET))

        def _parse_app_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        app_name = _parse_app_name(d.pop("app_name", UNSET))

        def _parse_build_version(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        build_version = _parse_build_version(d.pop("build_version", UNSET))

        def _parse_source(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        source = _parse_source(d.pop("source", UNSET))

        def _parse_source_metadata(data: object) -> DeviceSessionsSessionHistoryItemSourceMetadataType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                source_metadata_type_0 = DeviceSessionsSessionHistoryItemSourceMetadataType0.from_dict(data)

                return source_metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DeviceSessionsSessionHistoryItemSourceMetadataType0 | None | Unset, data)

        source_metadata = _parse_source_metadata(d.pop("source_metadata", UNSET))

        def _parse_platform(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        platform = _parse_platform(d.pop("platform", UNSET))

        def _parse_device_model(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        device_model = _parse_device_model(d.pop("device_model", UNSET))

        def _parse_os_version(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        os_version = _parse_os_version(d.pop("os_version", UNSET))

        def _parse_created_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        def _parse_started_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        started_at = _parse_started_at(d.pop("started_at", UNSET))

        def _parse_ended_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ended_at = _parse_ended_at(d.pop("ended_at", UNSET))

        def _parse_duration_seconds(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        duration_seconds = _parse_duration_seconds(d.pop("duration_seconds", UNSET))

        def _parse_error_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error_message = _parse_error_message(d.pop("error_message", UNSET))

        def _parse_trace_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        trace_id = _parse_trace_id(d.pop("trace_id", UNSET))

        def _parse_workflow_run_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        workflow_run_id = _parse_workflow_run_id(d.pop("workflow_run_id", UNSET))

        def _parse_report_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        report_id = _parse_report_id(d.pop("report_id", UNSET))

        has_video = d.pop("has_video", UNSET)

        step_count = d.pop("step_count", UNSET)

        def _parse_test_execution_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        test_execution_id = _parse_test_execution_id(d.pop("test_execution_id", UNSET))

        def _parse_test_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        test_id = _parse_test_id(d.pop("test_id", UNSET))

        def _parse_test_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        test_name = _parse_test_name(d.pop("test_name", UNSET))

        def _parse_workflow_execution_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        workflow_execution_id = _parse_workflow_execution_id(d.pop("workflow_execution_id", UNSET))

        def _parse_workflow_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        workflow_name = _parse_workflow_name(d.pop("workflow_name", UNSET))

        def _parse_user_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        user_email = _parse_user_email(d.pop("user_email", UNSET))

        device_sessions_session_history_item = cls(
            id=id,
            org_id=org_id,
            status=status,
            app_id=app_id,
            build_id=build_id,
            app_name=app_name,
            build_version=build_version,
            source=source,
            source_metadata=source_metadata,
            platform=platform,
            device_model=device_model,
            os_version=os_version,
            created_at=created_at,
            started_at=started_at,
            ended_at=ended_at,
            duration_seconds=duration_seconds,
            error_message=error_message,
            trace_id=trace_id,
            workflow_run_id=workflow_run_id,
            report_id=report_id,
            has_video=has_video,
            step_count=step_count,
            test_execution_id=test_execution_id,
            test_id=test_id,
            test_name=test_name,
            workflow_execution_id=workflow_execution_id,
            workflow_name=workflow_name,
            user_email=user_email,
        )

        device_sessions_session_history_item.additional_properties = d
        return device_sessions_session_history_item

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
