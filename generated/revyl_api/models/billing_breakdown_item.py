from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="BillingBreakdownItem")


@_attrs_define
class BillingBreakdownItem:
    """
    Attributes:
        platform (str):
        is_real_device (bool):
        session_count (int):
        total_seconds (float):
        device_cost (float):
        llm_cost (float):
        total_cost (float):
    """

    platform: str
    is_real_device: bool
    session_count: int
    total_seconds: float
    device_cost: float
    llm_cost: float
    total_cost: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        platform = self.platform

        is_real_device = self.is_real_device

        session_count = self.session_count

        total_seconds = self.total_seconds

        device_cost = self.device_cost

        llm_cost = self.llm_cost

        total_cost = self.total_cost

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "platform": platform,
                "is_real_device": is_real_device,
                "session_count": session_count,
                "total_seconds": total_seconds,
                "device_cost": device_cost,
                "llm_cost": llm_cost,
                "total_cost": total_cost,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        platform = d.pop("platform")

        is_real_device = d.pop("is_real_device")

        session_count = d.pop("session_count")

        total_seconds = d.pop("total_seconds")

        device_cost = d.pop("device_cost")

        llm_cost = d.pop("llm_cost")

        total_cost = d.pop("total_cost")

        billing_breakdown_item = cls(
            platform=platform,
            is_real_device=is_real_device,
            session_count=session_count,
            total_seconds=total_seconds,
            device_cost=device_cost,
            llm_cost=llm_cost,
            total_cost=total_cost,
        )

        billing_breakdown_item.additional_properties = d
        return billing_breakdown_item

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
