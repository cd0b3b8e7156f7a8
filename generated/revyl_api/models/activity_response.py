from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.daily_activity_point import DailyActivityPoint
    from ..models.user_activity_item import UserActivityItem


T = TypeVar("T", bound="ActivityResponse")


@_attrs_define
class ActivityResponse:
    """Aggregate activity metrics for the team pulse view.

    Attributes:
        total_device_minutes (float):
        ios_minutes (float):
        android_minutes (float):
        sessions_today (int):
        sessions_yesterday (int):
        active_users_7d (int):
        user_activity (list[UserActivityItem]):
        daily_activity (list[DailyActivityPoint]):
        org_id (str):
        device_time_wow (float | None | Unset):
    """

    total_device_minutes: float
    ios_minutes: float
    android_minutes: float
    sessions_today: int
    sessions_yesterday: int
    active_users_7d: int
    user_activity: list[UserActivityItem]
    daily_activity: list[DailyActivityPoint]
    org_id: str
    device_time_wow: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_device_minutes = self.total_device_minutes

        ios_minutes = self.ios_minutes

        android_minutes = self.android_minutes

        sessions_today = self.sessions_today

        sessions_yesterday = self.sessions_yesterday

        active_users_7d = self.active_users_7d

        user_activity = []
        for user_activity_item_data in self.user_activity:
            user_activity_item = user_activity_item_data.to_dict()
            user_activity.append(user_activity_item)

        daily_activity = []
        for daily_activity_item_data in self.daily_activity:
            daily_activity_item = daily_activity_item_data.to_dict()
            daily_activity.append(daily_activity_item)

        org_id = self.org_id

        device_time_wow: float | None | Unset
        if isinstance(self.device_time_wow, Unset):
            device_time_wow = UNSET
        else:
            device_time_wow = self.device_time_wow

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "total_device_minutes": total_device_minutes,
                "ios_minutes": ios_minutes,
                "android_minutes": android_minutes,
                "sessions_today": sessions_today,
                "sessions_yesterday": sessions_yesterday,
                "active_users_7d": active_users_7d,
                "user_activity": user_activity,
                "daily_activity": daily_activity,
                "org_id": org_id,
            }
        )
        if device_time_wow is not UNSET:
            field_dict["device_time_wow"] = device_time_wow

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.daily_activity_point import DailyActivityPoint  # noqa: PLC0415
        from ..models.user_activity_item import UserActivityItem  # noqa: PLC0415

        d = dict(src_dict)
        total_device_minutes = d.pop("total_device_minutes")

        ios_minutes = d.pop("ios_minutes")

        android_minutes = d.pop("android_minutes")

        sessions_today = d.pop("sessions_today")

        sessions_yesterday = d.pop("sessions_yesterday")

        active_users_7d = d.pop("active_users_7d")

        user_activity = []
        _user_activity = d.pop("user_activity")
        for user_activity_item_data in _user_activity:
            user_activity_item = UserActivityItem.from_dict(user_activity_item_data)

            user_activity.append(user_activity_item)

        daily_activity = []
        _daily_activity = d.pop("daily_activity")
        for daily_activity_item_data in _daily_activity:
            daily_activity_item = DailyActivityPoint.from_dict(daily_activity_item_data)

            daily_activity.append(daily_activity_item)

        org_id = d.pop("org_id")

        def _parse_device_time_wow(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        device_time_wow = _parse_device_time_wow(d.pop("device_time_wow", UNSET))

        activity_response = cls(
            total_device_minutes=total_device_minutes,
            ios_minutes=ios_minutes,
            android_minutes=android_minutes,
            sessions_today=sessions_today,
            sessions_yesterday=sessions_yesterday,
            active_users_7d=active_users_7d,
            user_activity=user_activity,
            daily_activity=daily_activity,
            org_id=org_id,
            device_time_wow=device_time_wow,
        )

        activity_response.additional_properties = d
        return activity_response

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
