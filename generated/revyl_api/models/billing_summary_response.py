from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="BillingSummaryResponse")


@_attrs_define
class BillingSummaryResponse:
    """
    Attributes:
        total_sessions (int):
        total_seconds (float):
        total_device_cost (float):
        total_llm_cost (float):
        total_cost (float):
        period_start (str):
        period_end (str):
    """

    total_sessions: int
    total_seconds: float
    total_device_cost: float
    total_llm_cost: float
    total_cost: float
    period_start: str
    period_end: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_sessions = self.total_sessions

        total_seconds = self.total_seconds

        total_device_cost = self.total_device_cost

        total_llm_cost = self.total_llm_cost

        total_cost = self.total_cost

        period_start = self.period_start

        period_end = self.period_end

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "total_sessions": total_sessions,
                "total_seconds": total_seconds,
                "total_device_cost": total_device_cost,
                "total_llm_cost": total_llm_cost,
                "total_cost": total_cost,
                "period_start": period_start,
                "period_end": period_end,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        total_sessions = d.pop("total_sessions")

        total_seconds = d.pop("total_seconds")

        total_device_cost = d.pop("total_device_cost")

        total_llm_cost = d.pop("total_llm_cost")

        total_cost = d.pop("total_cost")

        period_start = d.pop("period_start")

        period_end = d.pop("period_end")

        billing_summary_response = cls(
            total_sessions=total_sessions,
            total_seconds=total_seconds,
            total_device_cost=total_device_cost,
            total_llm_cost=total_llm_cost,
            total_cost=total_cost,
            period_start=period_start,
            period_end=period_end,
        )

        billing_summary_response.additional_properties = d
        return billing_summary_response

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
