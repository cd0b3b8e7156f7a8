from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.worker_connection_response_status import (
    WorkerConnectionResponseStatus,
    check_worker_connection_response_status,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.worker_connection_response_ice_servers_type_0_item import WorkerConnectionResponseIceServersType0Item


T = TypeVar("T", bound="WorkerConnectionResponse")


@_attrs_define
class WorkerConnectionResponse:
    """Worker connection information.

    Attributes:
        status (str | WorkerConnectionResponseStatus):
        workflow_run_id (str):
        worker_ws_url (None | str | Unset):
        signal_url (None | str | Unset):
        whep_url (None | str | Unset):
        device_width (int | None | Unset):
        device_height (int | None | Unset):
        ice_servers (list[WorkerConnectionResponseIceServersType0Item] | None | Unset):
        message (None | str | Unset):
    """

    status: str | WorkerConnectionResponseStatus
    workflow_run_id: str
    worker_ws_url: None | str | Unset = UNSET
    signal_url: None | str | Unset = UNSET
    whep_url: None | str | Unset = UNSET
    device_width: int | None | Unset = UNSET
    device_height: int | None | Unset = UNSET
    ice_servers: list[WorkerConnectionResponseIceServersType0Item] | None | Unset = UNSET
    message: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status: str
        if isinstance(self.status, str):
            status = self.status
        else:
            status = self.status

        workflow_run_id = self.workflow_run_id

        worker_ws_url: None | str | Unset
        if isinstance(self.worker_ws_url, Unset):
            worker_ws_url = UNSET
        else:
            worker_ws_url = self.worker_ws_url

        signal_url: None | str | Unset
        if isinstance(self.signal_url, Unset):
            signal_url = UNSET
        else:
            signal_url = self.signal_url

        whep_url: None | str | Unset
        if isinstance(self.whep_url, Unset):
            whep_url = UNSET
        else:
            whep_url = self.whep_url

        device_width: int | None | Unset
        if isinstance(self.device_width, Unset):
            device_width = UNSET
        else:
            device_width = self.device_width

        device_height: int | None | Unset
        if isinstance(self.device_height, Unset):
            device_height = UNSET
        else:
            device_height = self.device_height

        ice_servers: list[dict[str, Any]] | None | Unset
        if isinstance(self.ice_servers, Unset):
            ice_servers = UNSET
        elif isinstance(self.ice_servers, list):
            ice_servers = []
            for ice_servers_type_0_item_data in self.ice_servers:
                ice_servers_type_0_item = ice_servers_type_0_item_data.to_dict()
                ice_servers.append(ice_servers_type_0_item)

        else:
            ice_servers = self.ice_servers

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "workflow_run_id": workflow_run_id,
            }
        )
        if worker_ws_url is not UNSET:
            field_dict["worker_ws_url"] = worker_ws_url
        if signal_url is not UNSET:
            field_dict["signal_url"] = signal_url
        if whep_url is not UNSET:
            field_dict["whep_url"] = whep_url
        if device_width is not UNSET:
            field_dict["device_width"] = device_width
        if device_height is not UNSET:
            field_dict["device_height"] = device_height
        if ice_servers is not UNSET:
            field_dict["ice_servers"] = ice_servers
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.worker_connection_response_ice_servers_type_0_item import (
            WorkerConnectionResponseIceServersType0Item,  # noqa: PLC0415
        )

        d = dict(src_dict)

        def _parse_status(data: object) -> str | WorkerConnectionResponseStatus:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = check_worker_connection_response_status(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(str | WorkerConnectionResponseStatus, data)

        status = _parse_status(d.pop("status"))

        workflow_run_id = d.pop("workflow_run_id")

        def _parse_worker_ws_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        worker_ws_url = _parse_worker_ws_url(d.pop("worker_ws_url", UNSET))

        def _parse_signal_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        signal_url = _parse_signal_url(d.pop("signal_url", UNSET))

        def _parse_whep_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        whep_url = _parse_whep_url(d.pop("whep_url", UNSET))

        def _parse_device_width(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        device_width = _parse_device_width(d.pop("device_width", UNSET))

        def _parse_device_height(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        device_height = _parse_device_height(d.pop("device_height", UNSET))

        def _parse_ice_servers(data: object) -> list[WorkerConnectionResponseIceServersType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                ice_servers_type_0 = []
                _ice_servers_type_0 = data
                for ice_servers_type_0_item_data in _ice_servers_type_0:
                    ice_servers_type_0_item = WorkerConnectionResponseIceServersType0Item.from_dict(
                        ice_servers_type_0_item_data
                    )

                    ice_servers_type_0.append(ice_servers_type_0_item)

                return ice_servers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[WorkerConnectionResponseIceServersType0Item] | None | Unset, data)

        ice_servers = _parse_ice_servers(d.pop("ice_servers", UNSET))

        def _parse_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message = _parse_message(d.pop("message", UNSET))

        worker_connection_response = cls(
            status=status,
            workflow_run_id=workflow_run_id,
            worker_ws_url=worker_ws_url,
            signal_url=signal_url,
            whep_url=whep_url,
            device_width=device_width,
            device_height=device_height,
            ice_servers=ice_servers,
            message=message,
        )

        worker_connection_response.additional_properties = d
        return worker_connection_response

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
