from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.dashboard_metrics_dashboard_state import (
    DashboardMetricsDashboardState,
    check_dashboard_metrics_dashboard_state,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="DashboardMetrics")


@_attrs_define
class DashboardMetrics:
    """Model representing dashboard metrics with week-over-week comparisons.

    Attributes:
        total_tests (int): Total number of tests
        test_runs (int): Total number of test executions
        tests_failing_percent (float): Percentage of tests currently failing
        tests_failing_count (int): Raw number of tests currently failing
        avg_test_duration (float | None): Average test execution duration in seconds
        total_workflows (int): Total number of workflows
        total_tests_wow (float | None | Unset): Week-over-week percentage change in total tests (positive = increase)
        test_runs_wow (float | None | Unset): Week-over-week percentage change in test runs (positive = increase)
        tests_failing_percent_wow (float | None | Unset): Week-over-week percentage point change in failing tests
            percentage (positive = increase)
        tests_failing_count_wow (float | None | Unset): Week-over-week percentage change in failing tests count
            (positive = increase)
        avg_test_duration_wow (float | None | Unset): Week-over-week percentage change in average duration (positive =
            increase)
        total_workflows_wow (float | None | Unset): Week-over-week percentage change in total workflows (positive =
            increase)
        dashboard_state (DashboardMetricsDashboardState | str | Unset): Dashboard view state: onboarding (checklist
            incomplete), intermediate (checklist done but no active plan), mature (fully active) Default: 'mature'.
        workflow_run_count (int | Unset): Total workflow executions for the org (controls workflow slot visibility)
            Default: 0.
        trial_sessions_earned (int | Unset): Free trial session limit earned through checklist completion (includes
            card-on-file bonus when applicable) Default: 0.
        trial_sessions_used (int | Unset): Number of trial sessions already consumed by the org. Default: 0.
        has_payment_method (bool | Unset): Whether the org has a payment method on file in Autumn/Stripe. When true,
            intermediate state shows upgrade CTA; when false, shows add-card CTA with bonus-session unlock. Default: False.
        checklist_app_uploaded (bool | Unset): Whether the user has uploaded an app (checklist step 1). Default: False.
        checklist_session_started (bool | Unset): Whether the user has started a device session (checklist step 2).
            Default: False.
        checklist_test_created (bool | Unset): Whether the user has created a test (checklist step 3). Default: False.
        org_has_apps (bool | Unset): Whether the org has any user-uploaded apps (controls whether 'upload app' step is
            shown). Default: False.
        connected_integrations (list[str] | Unset): List of connected integration IDs (e.g. 'github', 'slack', 'expo').
            Used for bonus session nudges.
        success_run_count (int | Unset): Total number of completed (passed) test execution runs. Default: 0.
        failure_run_count (int | Unset): Total number of failed test execution runs. Default: 0.
    """

    total_tests: int
    test_runs: int
    tests_failing_percent: float
    tests_failing_count: int
    avg_test_duration: float | None
    total_workflows: int
    total_tests_wow: float | None | Unset = UNSET
    test_runs_wow: float | None | Unset = UNSET
    tests_failing_percent_wow: float | None | Unset = UNSET
    tests_failing_count_wow: float | None | Unset = UNSET
    avg_test_duration_wow: float | None | Unset = UNSET
    total_workflows_wow: float | None | Unset = UNSET
    dashboard_state: DashboardMetricsDashboardState | str | Unset = "mature"
    workflow_run_count: int | Unset = 0
    trial_sessions_earned: int | Unset = 0
    trial_sessions_used: int | Unset = 0
    has_payment_method: bool | Unset = False
    checklist_app_uploaded: bool | Unset = False
    checklist_session_started: bool | Unset = False
    checklist_test_created: bool | Unset = False
    org_has_apps: bool | Unset = False
    connected_integrations: list[str] | Unset = UNSET
    success_run_count: int | Unset = 0
    failure_run_count: int | Unset = 0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_tests = self.total_tests

        test_runs = self.test_runs

        tests_failing_percent = self.tests_failing_percent

        tests_failing_count = self.tests_failing_count

        avg_test_duration: float | None
        avg_test_duration = self.avg_test_duration

        total_workflows = self.total_workflows

        total_tests_wow: float | None | Unset
        if isinstance(self.total_tests_wow, Unset):
            total_tests_wow = UNSET
        else:
            total_tests_wow = self.total_tests_wow

        test_runs_wow: float | None | Unset
        if isinstance(self.test_runs_wow, Unset):
            test_runs_wow = UNSET
        else:
            test_runs_wow = self.test_runs_wow

        tests_failing_percent_wow: float | None | Unset
        if isinstance(self.tests_failing_percent_wow, Unset):
            tests_failing_percent_wow = UNSET
        else:
            tests_failing_percent_wow = self.tests_failing_percent_wow

        tests_failing_count_wow: float | None | Unset
        if isinstance(self.tests_failing_count_wow, Unset):
            tests_failing_count_wow = UNSET
        else:
            tests_failing_count_wow = self.tests_failing_count_wow

        avg_test_duration_wow: float | None | Unset
        if isinstance(self.avg_test_duration_wow, Unset):
            avg_test_duration_wow = UNSET
        else:
            avg_test_duration_wow = self.avg_test_duration_wow

        total_workflows_wow: float | None | Unset
        if isinstance(self.total_workflows_wow, Unset):
            total_workflows_wow = UNSET
        else:
            total_workflows_wow = self.total_workflows_wow

        dashboard_state: str | Unset
        if isinstance(self.dashboard_state, Unset):
            dashboard_state = UNSET
        elif isinstance(self.dashboard_state, str):
            dashboard_state = self.dashboard_state
        else:
            dashboard_state = self.dashboard_state

        workflow_run_count = self.workflow_run_count

        trial_sessions_earned = self.trial_sessions_earned

        trial_sessions_used = self.trial_sessions_used

        has_payment_method = self.has_payment_method

        checklist_app_uploaded = self.checklist_app_uploaded

        checklist_session_started = self.checklist_session_started

        checklist_test_created = self.checklist_test_created

        org_has_apps = self.org_has_apps

        connected_integrations: list[str] | Unset = UNSET
        if not isinstance(self.connected_integrations, Unset):
            connected_integrations = self.connected_integrations

        success_run_count = self.success_run_count

        failure_run_count = self.failure_run_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "total_tests": total_tests,
                "test_runs": test_runs,
                "tests_failing_percent": tests_failing_percent,
                "tests_failing_count": tests_failing_count,
                "avg_test_duration": avg_test_duration,
                "total_workflows": total_workflows,
            }
        )
        if total_tests_wow is not UNSET:
            field_dict["total_tests_wow"] = total_tests_wow
        if test_runs_wow is not UNSET:
            field_dict["test_runs_wow"] = test_runs_wow
        if tests_failing_percent_wow is not UNSET:
            field_dict["tests_failing_percent_wow"] = tests_failing_percent_wow
        if tests_failing_count_wow is not UNSET:
            field_dict["tests_failing_count_wow"] = tests_failing_count_wow
        if avg_test_duration_wow is not UNSET:
            field_dict["avg_test_duration_wow"] = avg_test_duration_wow
        if total_workflows_wow is not UNSET:
            field_dict["total_workflows_wow"] = total_workflows_wow
        if dashboard_state is not UNSET:
            field_dict["dashboard_state"] = dashboard_state
        if workflow_run_count is not UNSET:
            field_dict["workflow_run_count"] = workflow_run_count
        if trial_sessions_earned is not UNSET:
            field_dict["trial_sessions_earned"] = trial_sessions_earned
        if trial_sessions_used is not UNSET:
            field_dict["trial_sessions_used"] = trial_sessions_used
        if has_payment_method is not UNSET:
            field_dict["has_payment_method"] = has_payment_method
        if checklist_app_uploaded is not UNSET:
            field_dict["checklist_app_uploaded"] = checklist_app_uploaded
        if checklist_session_started is not UNSET:
            field_dict["checklist_session_started"] = checklist_session_started
        if checklist_test_created is not UNSET:
            field_dict["checklist_test_created"] = checklist_test_created
        if org_has_apps is not UNSET:
            field_dict["org_has_apps"] = org_has_apps
        if connected_integrations is not UNSET:
            field_dict["connected_integrations"] = connected_integrations
        if success_run_count is not UNSET:
            field_dict["success_run_count"] = success_run_count
        if failure_run_count is not UNSET:
            field_dict["failure_run_count"] = failure_run_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        total_tests = d.pop("total_tests")

        test_runs = d.pop("test_runs")

        tests_failing_percent = d.pop("tests_failing_percent")

        tests_failing_count = d.pop("tests_failing_count")

        def _parse_avg_test_duration(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        avg_test_duration = _parse_avg_test_duration(d.pop("avg_test_duration"))

        total_workflows = d.pop("total_workflows")

        def _parse_total_tests_wow(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        total_tests_wow = _parse_total_tests_wow(d.pop("total_tests_wow", UNSET))

        def _parse_test_runs_wow(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        test_runs_wow = _parse_test_runs_wow(d.pop("test_runs_wow", UNSET))

        def _parse_tests_failing_percent_wow(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        tests_failing_percent_wow = _parse_tests_failing_percent_wow(d.pop("tests_failing_percent_wow", UNSET))

        def _parse_tests_failing_count_wow(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        tests_failing_count_wow = _parse_tests_failing_count_wow(d.pop("tests_failing_count_wow", UNSET))

        def _parse_avg_test_duration_wow(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        avg_test_duration_wow = _parse_avg_test_duration_wow(d.pop("avg_test_duration_wow", UNSET))

        def _parse_total_workflows_wow(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        total_workflows_wow = _parse_total_workflows_wow(d.pop("total_workflows_wow", UNSET))

        def _parse_dashboard_state(data: object) -> DashboardMetricsDashboardState | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                dashboard_state_type_0 = check_dashboard_metrics_dashboard_state(data)

                return dashboard_state_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DashboardMetricsDashboardState | str | Unset, data)

        dashboard_state = _parse_dashboard_state(d.pop("dashboard_state", UNSET))

        workflow_run_count = d.pop("workflow_run_count", UNSET)

        trial_sessions_earned = d.pop("trial_sessions_earned", UNSET)

        trial_sessions_used = d.pop("trial_sessions_used", UNSET)

        has_payment_method = d.pop("has_payment_method", UNSET)

        checklist_app_uploaded = d.pop("checklist_app_uploaded", UNSET)

        checklist_session_started = d.pop("checklist_session_started", UNSET)

        checklist_test_created = d.pop("checklist_test_created", UNSET)

        org_has_apps = d.pop("org_has_apps", UNSET)

        connected_integrations = cast(list[str], d.pop("connected_integrations", UNSET))

        success_run_count = d.pop("success_run_count", UNSET)

        failure_run_count = d.pop("failure_run_count", UNSET)

        dashboard_metrics = cls(
            total_tests=total_tests,
            test_runs=test_runs,
            tests_failing_percent=tests_failing_percent,
            tests_failing_count=tests_failing_count,
            avg_test_duration=avg_test_duration,
            total_workflows=total_workflows,
            total_tests_wow=total_tests_wow,
            test_runs_wow=test_runs_wow,
            tests_failing_percent_wow=tests_failing_percent_wow,
            tests_failing_count_wow=tests_failing_count_wow,
            avg_test_duration_wow=avg_test_duration_wow,
            total_workflows_wow=total_workflows_wow,
            dashboard_state=dashboard_state,
            workflow_run_count=workflow_run_count,
            trial_sessions_earned=trial_sessions_earned,
            trial_sessions_used=trial_sessions_used,
            has_payment_method=has_payment_method,
            checklist_app_uploaded=checklist_app_uploaded,
            checklist_session_started=checklist_session_started,
            checklist_test_created=checklist_test_created,
            org_has_apps=org_has_apps,
            connected_integrations=connected_integrations,
            success_run_count=success_run_count,
            failure_run_count=failure_run_count,
        )

        dashboard_metrics.additional_properties = d
        return dashboard_metrics

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
