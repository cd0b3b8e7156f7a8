from typing import Literal

DashboardMetricsDashboardState = Literal["intermediate", "mature", "onboarding"]

DASHBOARD_METRICS_DASHBOARD_STATE_VALUES: set[DashboardMetricsDashboardState] = {
    "intermediate",
    "mature",
    "onboarding",
}


def check_dashboard_metrics_dashboard_state(value: str) -> DashboardMetricsDashboardState:
    if value in DASHBOARD_METRICS_DASHBOARD_STATE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DASHBOARD_METRICS_DASHBOARD_STATE_VALUES!r}")
