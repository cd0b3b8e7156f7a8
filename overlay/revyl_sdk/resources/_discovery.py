"""Listing and finding tests and workflows: offset-paged listings and name lookups.

Revyl's listings page by `limit`/`offset` and differ in how they say "more": some send
`has_more`, the lightweight test listing only its items. A full page always asks for the
next one, so a missing or wrong flag can cost one extra request but never drops items.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from .._core.base_client import APICall
from .._core.calls import call
from .._core.exceptions import RevylError
from .._core.logging import logger
from .._core.names import Named
from .._core.pagination import PageCall, PageOf
from .._core.resource import RequestOptions

if TYPE_CHECKING:  # at run time, builders import the generated code they send (see _core/resource.py)
    from revyl_api.models import SimpleTestItem, WorkflowsBaseSchema, WorkflowWithLastStatus
    from revyl_api.types import Unset

T = TypeVar("T")

# The most each listing serves per request (the spec's maxima; the CLI uses 200 too).
TESTS_PAGE = 200
WORKFLOWS_PAGE = 200
HISTORY_PAGE = 100


def offset_pages(limit: int, page_at: Callable[[int, int], APICall[PageOf[T]]]) -> PageCall[T]:
    """A `PageCall` (pages numbered from 1) over a `limit`/`offset` listing."""
    return lambda page: page_at(limit, (page - 1) * limit)


def page_of(items: list[T], limit: int, has_more: bool | Unset = False) -> PageOf[T]:
    return PageOf(items, has_next=has_more is True or len(items) >= limit)


def simple_tests_pages(options: RequestOptions) -> PageCall[SimpleTestItem]:
    """Every test of the org, lightweight (id, name, platform, app, tags): what names resolve against."""
    from revyl_api.api.tests import get_simple_tests_endpoint
    from revyl_api.models import SimpleTestListResponse

    def page_at(limit: int, offset: int) -> APICall[PageOf[SimpleTestItem]]:
        listing = call(get_simple_tests_endpoint, SimpleTestListResponse, limit=limit, offset=offset, **options)
        return listing.map(lambda response: page_of(response.tests, limit))

    return offset_pages(TESTS_PAGE, page_at)


def workflows_pages(options: RequestOptions) -> PageCall[WorkflowWithLastStatus]:
    """Every workflow of the org with its last run; one history entry each keeps pages small."""
    from revyl_api.api.workflows import get_workflows_with_last_status
    from revyl_api.models import GetWorkflowsWithLastStatusResponse

    def page_at(limit: int, offset: int) -> APICall[PageOf[WorkflowWithLastStatus]]:
        listing = call(get_workflows_with_last_status, GetWorkflowsWithLastStatusResponse,
                       limit=limit, offset=offset, history_limit=1, **options)
        return listing.map(lambda response: page_of(response.data, limit, response.has_more))

    return offset_pages(WORKFLOWS_PAGE, page_at)


def workflow_info_call(workflow_id: str, options: RequestOptions) -> APICall[WorkflowsBaseSchema]:
    """The workflow's row: name, test ids and settings."""
    from revyl_api.api.workflows import get_workflow_info_endpoint
    from revyl_api.models import WorkflowsBaseSchema

    # The spec leaves this answer untyped; it is the workflow's row, as `WorkflowsBaseSchema` has it.
    def as_workflow(body: dict[str, object]) -> WorkflowsBaseSchema:
        try:
            return WorkflowsBaseSchema.from_dict(body)
        except (KeyError, TypeError, ValueError) as error:
            raise RevylError(f"Could not read workflow {workflow_id}: {type(error).__name__}: {error}") from None

    return call(get_workflow_info_endpoint, dict, workflow_id=workflow_id, **options).map(as_workflow)


def named_test(item: SimpleTestItem) -> Named[SimpleTestItem]:
    return Named(item.name, item.id, item)


def named_workflow(item: WorkflowWithLastStatus) -> Named[WorkflowWithLastStatus]:
    return Named(item.name, item.id, item)


def log_resolved(kind: str, name: str, found_id: str) -> None:
    logger.info("%s %r is %s", kind, name, found_id)
