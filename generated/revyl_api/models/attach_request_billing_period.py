from typing import Literal

AttachRequestBillingPeriod = Literal["monthly", "yearly"]

ATTACH_REQUEST_BILLING_PERIOD_VALUES: set[AttachRequestBillingPeriod] = {
    "monthly",
    "yearly",
}


def check_attach_request_billing_period(value: str) -> AttachRequestBillingPeriod:
    if value in ATTACH_REQUEST_BILLING_PERIOD_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ATTACH_REQUEST_BILLING_PERIOD_VALUES!r}")
