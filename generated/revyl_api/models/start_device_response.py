from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.async_status import AsyncStatus, check_async_status
from ..types import UNSET, Unset

T = TypeVar("T", bound="StartDeviceResponse")


@_attrs_define
class StartDeviceResponse:
    """Structured response for the `start_device` endpoint.

    Attributes:
        status (AsyncStatus | str):
        platform (str):
        workflow_run_id (None | Unset | UUID):
        session_id (None | Unset | UUID):
        websocket_url (None | str | Unset):
        iframe_url (None | str | Unset):
        error (None | str | Unset):
        retry_allowed (bool | None | Unset):
        message (None | str | Unset):
        trace_id (None | str | Unset): OpenTelemetry trace ID (32 hex chars, no dashes) for Grafana correlation
    """

    status: AsyncStatus | str
    platform: str
    workflow_run_id: None | Unset | UUID = UNSET
    session_id: None | Unset | UUID = UNSET
    websocket_url: None | str | Unset = UNSET
    iframe_url: None | str | Unset = UNSET
    error: None | str | Unset = UNSET
    retry_allowed: bool | None | Unset = UNSET
    message: None | str | Unset = UNSET
    trace_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status: str
        if isinstance(self.status, str):
            status = self.status
        else:
            status = self.status

        platform = self.platform

        workflow_run_id: None | str | Unset
        if isinstance(self.workflow_run_id, Unset):
            workflow_run_id = UNSET
        elif isinstance(self.workflow_run_id, UUID):
            workflow_run_id = str(self.workflow_run_id)
        else:
            workflow_run_id = self.workflow_run_id

        session_id: None | str | Unset
        if isinstance(self.session_id, Unset):
            session_id = UNSET
        elif isinstance(self.session_id, UUID):
            session_id = str(self.session_id)
        else:
            session_id = self.session_id

        websocket_url: None | str | Unset
        if isinstance(self.websocket_url, Unset):
            websocket_url = UNSET
        else:
            websocket_url = self.websocket_url

        iframe_url: None | str | Unset
        if isinstance(self.iframe_url, Unset):
            iframe_url = UNSET
        else:
            iframe_url = self.iframe_url

        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        retry_allowed: bool | None | Unset
        if isinstance(self.retry_allowed, Unset):
            retry_allowed = UNSET
        else:
            retry_allowed = self.retry_allowed

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        trace_id: None | str | Unset
        if isinstance(self.trace_id, Unset):
            trace_id = UNSET
        else:
            trace_id = self.trace_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "platform": platform,
            }
        )
        if workflow_run_id is not UNSET:
            field_dict["workflow_run_id"] = workflow_run_id
        if session_id is not UNSET:
            field_dict["session_id"] = session_id
        if websocket_url is not UNSET:
            field_dict["websocket_url"] = websocket_url
        if iframe_url is not UNSET:
            field_dict["iframe_url"] = iframe_url
        if error is not UNSET:
            field_dict["error"] = error
        if retry_allowed is not UNSET:
            field_dict["retry_allowed"] = retry_allowed
        if message is not UNSET:
            field_dict["message"] = message
        if trace_id is not UNSET:
            field_dict["trace_id"] = trace_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_status(data: object) -> AsyncStatus | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = check_async_status(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AsyncStatus | str, data)

        status = _parse_status(d.pop("status"))

        platform = d.pop("platform")

        def _parse_workflow_run_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                workflow_run_id_type_0 = UUID(data)

                return workflow_run_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        workflow_run_id = _parse_workflow_run_id(d.pop("workflow_run_id", UNSET))

        def _parse_session_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                session_id_type_0 = UUID(data)

                return session_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        session_id = _parse_session_id(d.pop("session_id", UNSET))

        def _parse_websocket_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        websocket_url = _parse_websocket_url(d.pop("websocket_url", UNSET))

        def _parse_iframe_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        iframe_url = _parse_iframe_url(d.pop("iframe_url", UNSET))

        def _parse_error(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error = _parse_error(d.pop("error", UNSET))

        def _parse_retry_allowed(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        retry_allowed = _parse_retry_allowed(d.pop("retry_allowed", UNSET))

        def _parse_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message = _parse_message(d.pop("message", UNSET))

        def _parse_trace_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        trace_id = _parse_trace_id(d.pop("trace_id", UNSET))

        start_device_response = cls(
            status=status,
            platform=platform,
            workflow_run_id=workflow_run_id,
            session_id=session_id,
            websocket_url=websocket_url,
            iframe_url=iframe_url,
            error=error,
            retry_allowed=retry_allowed,
            message=message,
            trace_id=trace_id,
        )

        start_device_response.additional_properties = d
        return start_device_response

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
