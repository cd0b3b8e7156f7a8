from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.active_device_session_item_source_metadata_type_0 import ActiveDeviceSessionItemSourceMetadataType0


T = TypeVar("T", bound="ActiveDeviceSessionItem")


@_attrs_define
class ActiveDeviceSessionItem:
    """Response model for a single active device session.

    Attributes:
        id (str):
        org_id (str):
        source (str):
        platform (str):
        status (str):
        device_model (None | str | Unset):
        os_version (None | str | Unset):
        whep_url (None | str | Unset):
        started_at (datetime.datetime | None | Unset):
        created_at (datetime.datetime | None | Unset):
        trace_id (None | str | Unset):
        has_test_execution (bool | Unset):  Default: False.
        user_id (None | str | Unset):
        user_email (None | str | Unset):
        source_metadata (ActiveDeviceSessionItemSourceMetadataType0 | None | Unset):
        screen_width (int | None | Unset):
        screen_height (int | None | Unset):
        workflow_run_id (None | str | Unset):
        test_id (None | str | Unset):
        test_name (None | str | Unset):
        app_package (None | str | Unset):
        last_activity_at (None | str | Unset):
        idle_timeout_seconds (int | None | Unset):
        can_interact (bool | Unset):  Default: False.
        can_cancel (bool | Unset):  Default: False.
        interaction_disabled_reason (None | str | Unset):
    """

    id: str
    org_id: str
    source: str
    platform: str
    status: str
    device_model: None | str | Unset = UNSET
    os_version: None | str | Unset = UNSET
    whep_url: None | str | Unset = UNSET
    started_at: datetime.datetime | None | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    trace_id: None | str | Unset = UNSET
    has_test_execution: bool | Unset = False
    user_id: None | str | Unset = UNSET
    user_email: None | str | Unset = UNSET
    source_metadata: ActiveDeviceSessionItemSourceMetadataType0 | None | Unset = UNSET
    screen_width: int | None | Unset = UNSET
    screen_height: int | None | Unset = UNSET
    workflow_run_id: None | str | Unset = UNSET
    test_id: None | str | Unset = UNSET
    test_name: None | str | Unset = UNSET
    app_package: None | str | Unset = UNSET
    last_activity_at: None | str | Unset = UNSET
    idle_timeout_seconds: int | None | Unset = UNSET
    can_interact: bool | Unset = False
    can_cancel: bool | Unset = False
    interaction_disabled_reason: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.active_device_session_item_source_metadata_type_0 import (
            ActiveDeviceSessionItemSourceMetadataType0,  # noqa: PLC0415
        )

        id = self.id

        org_id = self.org_id

        source = self.source

        platform = self.platform

        status = self.status

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

        whep_url: None | str | Unset
        if isinstance(self.whep_url, Unset):
            whep_url = UNSET
        else:
            whep_url = self.whep_url

        started_at: None | str | Unset
        if isinstance(self.started_at, Unset):
            started_at = UNSET
        elif isinstance(self.started_at, datetime.datetime):
            started_at = self.started_at.isoformat()
        else:
            started_at = self.started_at

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        trace_id: None | str | Unset
        if isinstance(self.trace_id, Unset):
            trace_id = UNSET
        else:
            trace_id = self.trace_id

        has_test_execution = self.has_test_execution

        user_id: None | str | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        user_email: None | str | Unset
        if isinstance(self.user_email, Unset):
            user_email = UNSET
        else:
            user_email = self.user_email

        source_metadata: dict[str, Any] | None | Unset
        if isinstance(self.source_metadata, Unset):
            source_metadata = UNSET
        elif isinstance(self.source_metadata, ActiveDeviceSessionItemSourceMetadataType0):
            source_metadata = self.source_metadata.to_dict()
        else:
            source_metadata = self.source_metadata

        screen_width: int | None | Unset
        if isinstance(self.screen_width, Unset):
            screen_width = UNSET
        else:
            screen_width = self.screen_width

        screen_height: int | None | Unset
        if isinstance(self.screen_height, Unset):
            screen_height = UNSET
        else:
            screen_height = self.screen_height

        workflow_run_id: None | str | Unset
        if isinstance(self.workflow_run_id, Unset):
            workflow_run_id = UNSET
        else:
            workflow_run_id = self.workflow_run_id

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

        app_package: None | str | Unset
        if isinstance(self.app_package, Unset):
            app_package = UNSET
        else:
            app_package = self.app_package

        last_activity_at: None | str | Unset
        if isinstance(self.last_activity_at, Unset):
            last_activity_at = UNSET
        else:
            last_activity_at = self.last_activity_at

        idle_timeout_seconds: int | None | Unset
        if isinstance(self.idle_timeout_seconds, Unset):
            idle_timeout_seconds = UNSET
        else:
            idle_timeout_seconds = self.idle_timeout_seconds

        can_interact = self.can_interact

        can_cancel = self.can_cancel

        interaction_disabled_reason: None | str | Unset
        if isinstance(self.interaction_disabled_reason, Unset):
            interaction_disabled_reason = UNSET
        else:
            interaction_disabled_reason = self.interaction_disabled_reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "org_id": org_id,
                "source": source,
                "platform": platform,
                "status": status,
            }
        )
        if device_model is not UNSET:
            field_dict["device_model"] = device_model
        if os_version is not UNSET:
            field_dict["os_version"] = os_version
        if whep_url is not UNSET:
            field_dict["whep_url"] = whep_url
        if started_at is not UNSET:
            field_dict["started_at"] = started_at
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if trace_id is not UNSET:
            field_dict["trace_id"] = trace_id
        if has_test_execution is not UNSET:
            field_dict["has_test_execution"] = has_test_execution
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if user_email is not UNSET:
            field_dict["user_email"] = user_email
        if source_metadata is not UNSET:
            field_dict["source_metadata"] = source_metadata
        if screen_width is not UNSET:
            field_dict["screen_width"] = screen_width
        if screen_height is not UNSET:
            field_dict["screen_height"] = screen_height
        if workflow_run_id is not UNSET:
            field_dict["workflow_run_id"] = workflow_run_id
        if test_id is not UNSET:
            field_dict["test_id"] = test_id
        if test_name is not UNSET:
            field_dict["test_name"] = test_name
        if app_package is not UNSET:
            field_dict["app_package"] = app_package
        if last_activity_at is not UNSET:
            field_dict["last_activity_at"] = last_activity_at
        if idle_timeout_seconds is not UNSET:
            field_dict["idle_timeout_seconds"] = idle_timeout_seconds
        if can_interact is not UNSET:
            field_dict["can_interact"] = can_interact
        if can_cancel is not UNSET:
            field_dict["can_cancel"] = can_cancel
        if interaction_disabled_reason is not UNSET:
            field_dict["interaction_disabled_reason"] = interaction_disabled_reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.active_device_session_item_source_metadata_type_0 import (
            ActiveDeviceSessionItemSourceMetadataType0,  # noqa: PLC0415
        )

        d = dict(src_dict)
        id = d.pop("id")

        org_id = d.pop("org_id")

        source = d.pop("source")

        platform = d.pop("platform")

        status = d.pop("status")

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

        def _parse_whep_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        whep_url = _parse_whep_url(d.pop("whep_url", UNSET))

        def _parse_started_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                started_at_type_0 = datetime.datetime.fromisoformat(data)

                return started_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        started_at = _parse_started_at(d.pop("started_at", UNSET))

        def _parse_created_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_at_type_0 = datetime.datetime.fromisoformat(data)

                return created_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        def _parse_trace_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        trace_id = _parse_trace_id(d.pop("trace_id", UNSET))

        has_test_execution = d.pop("has_test_execution", UNSET)

        def _parse_user_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        user_id = _parse_user_id(d.pop("user_id", UNSET))

        def _parse_user_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        user_email = _parse_user_email(d.pop("user_email", UNSET))

        def _parse_source_metadata(data: object) -> ActiveDeviceSessionItemSourceMetadataType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                source_metadata_type_0 = ActiveDeviceSessionItemSourceMetadataType0.from_dict(data)

                return source_metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ActiveDeviceSessionItemSourceMetadataType0 | None | Unset, data)

        source_metadata = _parse_source_metadata(d.pop("source_metadata", UNSET))

        def _parse_screen_width(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        screen_width = _parse_screen_width(d.pop("screen_width", UNSET))

        def _parse_screen_height(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        screen_height = _parse_screen_height(d.pop("screen_height", UNSET))

        def _parse_workflow_run_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        workflow_run_id = _parse_workflow_run_id(d.pop("workflow_run_id", UNSET))

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

        def _parse_app_package(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        app_package = _parse_app_package(d.pop("app_package", UNSET))

        def _parse_last_activity_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_activity_at = _parse_last_activity_at(d.pop("last_activity_at", UNSET))

        def _parse_idle_timeout_seconds(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        idle_timeout_seconds = _parse_idle_timeout_seconds(d.pop("idle_timeout_seconds", UNSET))

        can_interact = d.pop("can_interact", UNSET)

        can_cancel = d.pop("can_cancel", UNSET)

        def _parse_interaction_disabled_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        interaction_disabled_reason = _parse_interaction_disabled_reason(d.pop("interaction_disabled_reason", UNSET))

        active_device_session_item = cls(
            id=id,
            org_id=org_id,
            source=source,
            platform=platform,
            status=status,
            device_model=device_model,
            os_version=os_version,
            whep_url=whep_url,
            started_at=started_at,
            created_at=created_at,
            trace_id=trace_id,
            has_test_execution=has_test_execution,
            user_id=user_id,
            user_email=user_email,
            source_metadata=source_metadata,
            screen_width=screen_width,
            screen_height=screen_height,
            workflow_run_id=workflow_run_id,
            test_id=test_id,
            test_name=test_name,
            app_package=app_package,
            last_activity_at=last_activity_at,
            idle_timeout_seconds=idle_timeout_seconds,
            can_interact=can_interact,
            can_cancel=can_cancel,
            interaction_disabled_reason=interaction_disabled_reason,
        )

        active_device_session_item.additional_properties = d
        return active_device_session_item

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
