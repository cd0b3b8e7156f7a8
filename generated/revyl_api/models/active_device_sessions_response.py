from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.active_device_session_item import ActiveDeviceSessionItem


T = TypeVar("T", bound="ActiveDeviceSessionsResponse")


@_attrs_define
class ActiveDeviceSessionsResponse:
    """Response model for list of active device sessions.

    Attributes:
        sessions (list[ActiveDeviceSessionItem]):
        org_id (str):
        concurrency_limit (int | Unset):  Default: 1.
    """

    sessions: list[ActiveDeviceSessionItem]
    org_id: str
    concurrency_limit: int | Unset = 1
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sessions = []
        for sessions_item_data in self.sessions:
            sessions_item = sessions_item_data.to_dict()
            sessions.append(sessions_item)

        org_id = self.org_id

        concurrency_limit = self.concurrency_limit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sessions": sessions,
                "org_id": org_id,
            }
        )
        if concurrency_limit is not UNSET:
            field_dict["concurrency_limit"] = concurrency_limit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.active_device_session_item import ActiveDeviceSessionItem  # noqa: PLC0415

        d = dict(src_dict)
        sessions = []
        _sessions = d.pop("sessions")
        for sessions_item_data in _sessions:
            sessions_item = ActiveDeviceSessionItem.from_dict(sessions_item_data)

            sessions.append(sessions_item)

        org_id = d.pop("org_id")

        concurrency_limit = d.pop("concurrency_limit", UNSET)

        active_device_sessions_response = cls(
            sessions=sessions,
            org_id=org_id,
            concurrency_limit=concurrency_limit,
        )

        active_device_sessions_response.additional_properties = d
        return active_device_sessions_response

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
