from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DailySpendItem")


@_attrs_define
class DailySpendItem:
    """
    Attributes:
        date (str):
        session_count (int):
        device_cost (float):
        llm_cost (float):
        total_cost (float):
    """

    date: str
    session_count: int
    device_cost: float
    llm_cost: float
    total_cost: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        date = self.date

        session_count = self.session_count

        device_cost = self.device_cost

        llm_cost = self.llm_cost

        total_cost = self.total_cost

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "date": date,
                "session_count": session_count,
                "device_cost": device_cost,
                "llm_cost": llm_cost,
                "total_cost": total_cost,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        date = d.pop("date")

        session_count = d.pop("session_count")

        device_cost = d.pop("device_cost")

        llm_cost = d.pop("llm_cost")

        total_cost = d.pop("total_cost")

        daily_spend_item = cls(
            date=date,
            session_count=session_count,
            device_cost=device_cost,
            llm_cost=llm_cost,
            total_cost=total_cost,
        )

        daily_spend_item.additional_properties = d
        return daily_spend_item

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
