"""`client.reports`: share links of test and workflow runs (also behind `result.share_link`)."""

from __future__ import annotations

from .needs import Model, Needs, Operation

METHODS = {
    "reports.share_link": Needs(
        (
            Operation(
                "POST /api/v1/report/async-run/generate_shareable_report_link_by_task",
                "async_test_report.generate_shareable_report_link_by_task",
                ("body",),
            ),
        ),
        (
            Model("ShareableReportByTaskModel", ("task_id", "expiration_hours", "origin"),
                  nullable=("expiration_hours",)),  # null: the link never expires
            Model("ShareableReportResponse", ("shareable_link",)),
        ),
    ),
    "reports.workflow_share_link": Needs(
        (
            Operation(
                "POST /api/v1/workflows/share/generate_shareable_link",
                "workflow_share.generate_workflow_shareable_link",
                ("body",),
            ),
        ),
        (
            Model(
                "GenerateWorkflowShareableLinkRequest",
                ("workflow_task_id", "expiration_hours", "origin", "include_child_tests"),
                nullable=("expiration_hours",),
            ),
            Model("GenerateWorkflowShareableLinkResponse", ("shareable_link",)),
        ),
    ),
}
