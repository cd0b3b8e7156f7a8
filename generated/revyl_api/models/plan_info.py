from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.plan_info_billing_period import PlanInfoBillingPeriod, check_plan_info_billing_period
from ..models.plan_info_scheduled_billing_period_type_0 import (
    PlanInfoScheduledBillingPeriodType0,
    check_plan_info_scheduled_billing_period_type_0,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.discount_item import DiscountItem
    from ..models.entitlement_item import EntitlementItem


T = TypeVar("T", bound="PlanInfo")


@_attrs_define
class PlanInfo:
    """
    Attributes:
        plan (str):
        display_name (str):
        monthly_base (float):
        free_credit_label (str):
        billing_exempt (bool | Unset):  Default: False.
        billing_period (PlanInfoBillingPeriod | str | Unset):  Default: 'monthly'.
        scheduled_plan (None | str | Unset):
        scheduled_billing_period (None | PlanInfoScheduledBillingPeriodType0 | str | Unset):
        entitlements (list[EntitlementItem] | Unset):
        plan_status (str | Unset):  Default: 'active'.
        cancels_at (int | None | Unset):
        period_start (int | None | Unset):
        period_end (int | None | Unset):
        discounts (list[DiscountItem] | Unset):
    """

    plan: str
    display_name: str
    monthly_base: float
    free_credit_label: str
    billing_exempt: bool | Unset = False
    billing_period: PlanInfoBillingPeriod | str | Unset = "monthly"
    scheduled_plan: None | str | Unset = UNSET
    scheduled_billing_period: None | PlanInfoScheduledBillingPeriodType0 | str | Unset = UNSET
    entitlements: list[EntitlementItem] | Unset = UNSET
    plan_status: str | Unset = "active"
    cancels_at: int | None | Unset = UNSET
    period_start: int | None | Unset = UNSET
    period_end: int | None | Unset = UNSET
    discounts: list[DiscountItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        plan = self.plan

        display_name = self.display_name

        monthly_base = self.monthly_base

        free_credit_label = self.free_credit_label

        billing_exempt = self.billing_exempt

        billing_period: str | Unset
        if isinstance(self.billing_period, Unset):
            billing_period = UNSET
        elif isinstance(self.billing_period, str):
            billing_period = self.billing_period
        else:
            billing_period = self.billing_period

        scheduled_plan: None | str | Unset
        if isinstance(self.scheduled_plan, Unset):
            scheduled_plan = UNSET
        else:
            scheduled_plan = self.scheduled_plan

        scheduled_billing_period: None | str | Unset
        if isinstance(self.scheduled_billing_period, Unset):
            scheduled_billing_period = UNSET
        elif isinstance(self.scheduled_billing_period, str):
            scheduled_billing_period = self.scheduled_billing_period
        else:
            scheduled_billing_period = self.scheduled_billing_period

        entitlements: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.entitlements, Unset):
            entitlements = []
            for entitlements_item_data in self.entitlements:
                entitlements_item = entitlements_item_data.to_dict()
                entitlements.append(entitlements_item)

        plan_status = self.plan_status

        cancels_at: int | None | Unset
        if isinstance(self.cancels_at, Unset):
            cancels_at = UNSET
        else:
            cancels_at = self.cancels_at

        period_start: int | None | Unset
        if isinstance(self.period_start, Unset):
            period_start = UNSET
        else:
            period_start = self.period_start

        period_end: int | None | Unset
        if isinstance(self.period_end, Unset):
            period_end = UNSET
        else:
            period_end = self.period_end

        discounts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.discounts, Unset):
            discounts = []
            for discounts_item_data in self.discounts:
                discounts_item = discounts_item_data.to_dict()
                discounts.append(discounts_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "plan": plan,
                "display_name": display_name,
                "monthly_base": monthly_base,
                "free_credit_label": free_credit_label,
            }
        )
        if billing_exempt is not UNSET:
            field_dict["billing_exempt"] = billing_exempt
        if billing_period is not UNSET:
            field_dict["billing_period"] = billing_period
        if scheduled_plan is not UNSET:
            field_dict["scheduled_plan"] = scheduled_plan
        if scheduled_billing_period is not UNSET:
            field_dict["scheduled_billing_period"] = scheduled_billing_period
        if entitlements is not UNSET:
            field_dict["entitlements"] = entitlements
        if plan_status is not UNSET:
            field_dict["plan_status"] = plan_status
        if cancels_at is not UNSET:
            field_dict["cancels_at"] = cancels_at
        if period_start is not UNSET:
            field_dict["period_start"] = period_start
        if period_end is not UNSET:
            field_dict["period_end"] = period_end
        if discounts is not UNSET:
            field_dict["discounts"] = discounts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.discount_item import DiscountItem  # noqa: PLC0415
        from ..models.entitlement_item import EntitlementItem  # noqa: PLC0415

        d = dict(src_dict)
        plan = d.pop("plan")

        display_name = d.pop("display_name")

        monthly_base = d.pop("monthly_base")

        free_credit_label = d.pop("free_credit_label")

        billing_exempt = d.pop("billing_exempt", UNSET)

        def _parse_billing_period(data: object) -> PlanInfoBillingPeriod | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                billing_period_type_0 = check_plan_info_billing_period(data)

                return billing_period_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(PlanInfoBillingPeriod | str | Unset, data)

        billing_period = _parse_billing_period(d.pop("billing_period", UNSET))

        def _parse_scheduled_plan(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        scheduled_plan = _parse_scheduled_plan(d.pop("scheduled_plan", UNSET))

        def _parse_scheduled_billing_period(data: object) -> None | PlanInfoScheduledBillingPeriodType0 | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                scheduled_billing_period_type_0 = check_plan_info_scheduled_billing_period_type_0(data)

                return scheduled_billing_period_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PlanInfoScheduledBillingPeriodType0 | str | Unset, data)

        scheduled_billing_period = _parse_scheduled_billing_period(d.pop("scheduled_billing_period", UNSET))

        _entitlements = d.pop("entitlements", UNSET)
        entitlements: list[EntitlementItem] | Unset = UNSET
        if _entitlements is not UNSET:
            entitlements = []
            for entitlements_item_data in _entitlements:
                entitlements_item = EntitlementItem.from_dict(entitlements_item_data)

                entitlements.append(entitlements_item)

        plan_status = d.pop("plan_status", UNSET)

        def _parse_cancels_at(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        cancels_at = _parse_cancels_at(d.pop("cancels_at", UNSET))

        def _parse_period_start(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        period_start = _parse_period_start(d.pop("period_start", UNSET))

        def _parse_period_end(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        period_end = _parse_period_end(d.pop("period_end", UNSET))

        _discounts = d.pop("discounts", UNSET)
        discounts: list[DiscountItem] | Unset = UNSET
        if _discounts is not UNSET:
            discounts = []
            for discounts_item_data in _discounts:
                discounts_item = DiscountItem.from_dict(discounts_item_data)

                discounts.append(discounts_item)

        plan_info = cls(
            plan=plan,
            display_name=display_name,
            monthly_base=monthly_base,
            free_credit_label=free_credit_label,
            billing_exempt=billing_exempt,
            billing_period=billing_period,
            scheduled_plan=scheduled_plan,
            scheduled_billing_period=scheduled_billing_period,
            entitlements=entitlements,
            plan_status=plan_status,
            cancels_at=cancels_at,
            period_start=period_start,
            period_end=period_end,
            discounts=discounts,
        )

        plan_info.additional_properties = d
        return plan_info

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
