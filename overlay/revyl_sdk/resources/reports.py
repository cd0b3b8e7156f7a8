"""`client.reports`: shareable links to the reports of test and workflow runs."""

from __future__ import annotations

from typing import Unpack

from .._core.base_client import APICall
from .._core.calls import build_model, call
from .._core.resource import AsyncResource, RequestOptions, SyncResource, split_request_options


class ShareLinkOptions(RequestOptions, total=False):
    expiration_hours: int | None
    """Hours until the link stops working; None (the default) for a link that never expires."""
    origin: str
    """The Revyl app the link points at; Revyl's default is https://app.revyl.ai."""


class WorkflowShareLinkOptions(ShareLinkOptions, total=False):
    include_child_tests: bool
    """Also share the report of every test the workflow ran."""


def _share_link_call(task_id: str, options: ShareLinkOptions) -> APICall[str]:
    from revyl_api.api.async_test_report import generate_shareable_report_link_by_task
    from revyl_api.models import ShareableReportByTaskModel, ShareableReportResponse

    fields, request = split_request_options(dict(options))
    # Revyl reads an absent expiration as its default; an explicit null means "never expires".
    body = build_model(
        ShareableReportByTaskModel, {"task_id": task_id, "expiration_hours": None, **fields}, "share link options"
    )
    return call(generate_shareable_report_link_by_task, ShareableReportResponse, body=body, **request).map(
        lambda response: response.shareable_link
    )


def _workflow_share_link_call(task_id: str, options: WorkflowShareLinkOptions) -> APICall[str]:
    from revyl_api.api.workflow_share import generate_workflow_shareable_link
    from revyl_api.models import GenerateWorkflowShareableLinkRequest, GenerateWorkflowShareableLinkResponse

    fields, request = split_request_options(dict(options))
    # As for test reports: an explicit null expiration means the link never expires.
    body = build_model(
        GenerateWorkflowShareableLinkRequest,
        {"workflow_task_id": task_id, "expiration_hours": None, **fields},
        "workflow share link options",
    )
    return call(generate_workflow_shareable_link, GenerateWorkflowShareableLinkResponse, body=body, **request).map(
        lambda response: response.shareable_link
    )


class Reports(SyncResource):
    def share_link(self, task_id: str, **options: Unpack[ShareLinkOptions]) -> str:
        """A link anyone can open to see the run's report; never expires unless `expiration_hours`."""
        return self._api.execute(_share_link_call(task_id, options))

    def workflow_share_link(self, task_id: str, **options: Unpack[WorkflowShareLinkOptions]) -> str:
        """A link anyone can open to see a workflow run's report; never expires unless `expiration_hours`."""
        return self._api.execute(_workflow_share_link_call(task_id, options))


class AsyncReports(AsyncResource):
    async def share_link(self, task_id: str, **options: Unpack[ShareLinkOptions]) -> str:
        """A link anyone can open to see the run's report; never expires unless `expiration_hours`."""
        return await self._api.execute(_share_link_call(task_id, options))

    async def workflow_share_link(self, task_id: str, **options: Unpack[WorkflowShareLinkOptions]) -> str:
        """A link anyone can open to see a workflow run's report; never expires unless `expiration_hours`."""
        return await self._api.execute(_workflow_share_link_call(task_id, options))
