from typing import Literal

PlanInfoScheduledBillingPeriodType0 = Literal["monthly", "yearly"]

PLAN_INFO_SCHEDULED_BILLING_PERIOD_TYPE_0_VALUES: set[PlanInfoScheduledBillingPeriodType0] = {
    "monthly",
    "yearly",
}


def check_plan_info_scheduled_billing_period_type_0(value: str) -> PlanInfoScheduledBillingPeriodType0:
    if value in PLAN_INFO_SCHEDULED_BILLING_PERIOD_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PLAN_INFO_SCHEDULED_BILLING_PERIOD_TYPE_0_VALUES!r}")
