from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DailyUsageItem")


@_attrs_define
class DailyUsageItem:
    """
    Attributes:
        date (str):
        session_count (int):
        total_minutes (float):
        ios_minutes (float):
        android_minutes (float):
    """

    date: str
    session_count: int
    total_minutes: float
    ios_minutes: float
    android_minutes: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        date = self.date

        session_count = self.session_count

        total_minutes = self.total_minutes

        ios_minutes = self.ios_minutes

        android_minutes = self.android_minutes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "date": date,
                "session_count": session_count,
                "total_minutes": total_minutes,
                "ios_minutes": ios_minutes,
                "android_minutes": android_minutes,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        date = d.pop("date")

        session_count = d.pop("session_count")

        total_minutes = d.pop("total_minutes")

        ios_minutes = d.pop("ios_minutes")

        android_minutes = d.pop("android_minutes")

        daily_usage_item = cls(
            date=date,
            session_count=session_count,
            total_minutes=total_minutes,
            ios_minutes=ios_minutes,
            android_minutes=android_minutes,
        )

        daily_usage_item.additional_properties = d
        return daily_usage_item

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
