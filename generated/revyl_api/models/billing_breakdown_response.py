from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.billing_breakdown_item import BillingBreakdownItem


T = TypeVar("T", bound="BillingBreakdownResponse")


@_attrs_define
class BillingBreakdownResponse:
    """
    Attributes:
        breakdown (list[BillingBreakdownItem]):
        period_start (str):
        period_end (str):
    """

    breakdown: list[BillingBreakdownItem]
    period_start: str
    period_end: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        breakdown = []
        for breakdown_item_data in self.breakdown:
            breakdown_item = breakdown_item_data.to_dict()
            breakdown.append(breakdown_item)

        period_start = self.period_start

        period_end = self.period_end

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "breakdown": breakdown,
                "period_start": period_start,
                "period_end": period_end,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.billing_breakdown_item import BillingBreakdownItem  # noqa: PLC0415

        d = dict(src_dict)
        breakdown = []
        _breakdown = d.pop("breakdown")
        for breakdown_item_data in _breakdown:
            breakdown_item = BillingBreakdownItem.from_dict(breakdown_item_data)

            breakdown.append(breakdown_item)

        period_start = d.pop("period_start")

        period_end = d.pop("period_end")

        billing_breakdown_response = cls(
            breakdown=breakdown,
            period_start=period_start,
            period_end=period_end,
        )

        billing_breakdown_response.additional_properties = d
        return billing_breakdown_response

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
