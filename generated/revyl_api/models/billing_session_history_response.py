from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.billing_session_history_item import BillingSessionHistoryItem


T = TypeVar("T", bound="BillingSessionHistoryResponse")


@_attrs_define
class BillingSessionHistoryResponse:
    """
    Attributes:
        sessions (list[BillingSessionHistoryItem]):
        period_start (str):
        period_end (str):
        limit (int):
        offset (int):
    """

    sessions: list[BillingSessionHistoryItem]
    period_start: str
    period_end: str
    limit: int
    offset: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sessions = []
        for sessions_item_data in self.sessions:
            sessions_item = sessions_item_data.to_dict()
            sessions.append(sessions_item)

        period_start = self.period_start

        period_end = self.period_end

        limit = self.limit

        offset = self.offset

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sessions": sessions,
                "period_start": period_start,
                "period_end": period_end,
                "limit": limit,
                "offset": offset,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.billing_session_history_item import BillingSessionHistoryItem  # noqa: PLC0415

        d = dict(src_dict)
        sessions = []
        _sessions = d.pop("sessions")
        for sessions_item_data in _sessions:
            sessions_item = BillingSessionHistoryItem.from_dict(sessions_item_data)

            sessions.append(sessions_item)

        period_start = d.pop("period_start")

        period_end = d.pop("period_end")

        limit = d.pop("limit")

        offset = d.pop("offset")

        billing_session_history_response = cls(
            sessions=sessions,
            period_start=period_start,
            period_end=period_end,
            limit=limit,
            offset=offset,
        )

        billing_session_history_response.additional_properties = d
        return billing_session_history_response

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
