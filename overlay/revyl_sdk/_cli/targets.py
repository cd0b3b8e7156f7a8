"""What the command runs: each argument resolved to an id before anything starts.

Names are looked up against one listing of the org's tests (and one of its workflows),
however many names were given; a UUID stands as it is and takes its name from the same
listing when it is there. Any unknown or ambiguous name stops the command: nothing runs.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal, TypeVar

from .._client import Revyl
from .._core.names import Named, is_uuid, pick_by_name
from .._core.pagination import SyncPager
from ..resources._discovery import named_test, named_workflow, simple_tests_pages

__all__ = ["Target", "resolve"]

Kind = Literal["test", "workflow"]
T = TypeVar("T")


@dataclass(frozen=True)
class Target:
    kind: Kind
    id: str
    label: str
    """The name to show: the test's or workflow's name where known, else what was given."""


def _resolve_all(kind: Kind, wanted: Sequence[str], listing: list[Named[T]]) -> list[Target]:
    names = {named.id: named.name for named in listing}
    targets = []
    for given in wanted:
        if is_uuid(given):
            found_id = given.strip()
            targets.append(Target(kind, found_id, names.get(found_id, found_id)))
        else:
            found = pick_by_name(kind, given, listing)
            targets.append(Target(kind, found.id, found.name))
    return targets


def resolve(client: Revyl, tests: Sequence[str], workflows: Sequence[str]) -> list[Target]:
    """Every target, tests first, in the order given; raises on the first bad name."""
    targets: list[Target] = []
    if tests:
        tests_listing = [named_test(item) for item in SyncPager(client._api, simple_tests_pages({}))]
        targets += _resolve_all("test", tests, tests_listing)
    if workflows:
        workflows_listing = [named_workflow(item) for item in client.workflows.list()]
        targets += _resolve_all("workflow", workflows, workflows_listing)
    return targets
