from typing import Literal

PlanInfoBillingPeriod = Literal["monthly", "yearly"]

PLAN_INFO_BILLING_PERIOD_VALUES: set[PlanInfoBillingPeriod] = {
    "monthly",
    "yearly",
}


def check_plan_info_billing_period(value: str) -> PlanInfoBillingPeriod:
    if value in PLAN_INFO_BILLING_PERIOD_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PLAN_INFO_BILLING_PERIOD_VALUES!r}")
