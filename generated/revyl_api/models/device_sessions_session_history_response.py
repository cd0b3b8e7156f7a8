from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.device_sessions_session_history_item import DeviceSessionsSessionHistoryItem


T = TypeVar("T", bound="DeviceSessionsSessionHistoryResponse")


@_attrs_define
class DeviceSessionsSessionHistoryResponse:
    """Paginated device session history response.

    Attributes:
        sessions (list[DeviceSessionsSessionHistoryItem]):
        org_id (str):
        total (int):
        limit (int):
        offset (int):
    """

    sessions: list[DeviceSessionsSessionHistoryItem]
    org_id: str
    total: int
    limit: int
    offset: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sessions = []
        for sessions_item_data in self.sessions:
            sessions_item = sessions_item_data.to_dict()
            sessions.append(sessions_item)

        org_id = self.org_id

        total = self.total

        limit = self.limit

        offset = self.offset

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sessions": sessions,
                "org_id": org_id,
                "total": total,
                "limit": limit,
                "offset": offset,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.device_sessions_session_history_item import DeviceSessionsSessionHistoryItem  # noqa: PLC0415

        d = dict(src_dict)
        sessions = []
        _sessions = d.pop("sessions")
        for sessions_item_data in _sessions:
            sessions_item = DeviceSessionsSessionHistoryItem.from_dict(sessions_item_data)

            sessions.append(sessions_item)

        org_id = d.pop("org_id")

        total = d.pop("total")

        limit = d.pop("limit")

        offset = d.pop("offset")

        device_sessions_session_history_response = cls(
            sessions=sessions,
            org_id=org_id,
            total=total,
            limit=limit,
            offset=offset,
        )

        device_sessions_session_history_response.additional_properties = d
        return device_sessions_session_history_response

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
