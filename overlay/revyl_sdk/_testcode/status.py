"""Which tests differ between the repo and Revyl: the rules, and the plan that reads Revyl.

The rules are Revyl's CLI's (`revyl test list`): a file is *modified* when it has a
checksum and its test no longer hashes to it; Revyl has *changed* it when its version is
above the file's `remote_version`; both is a conflict. Timestamps play no part.

Where the CLI asks for every linked test one by one, the plan reads the organisation's
test list, 200 tests a page (versions included), and asks one by one only for a linked test
the list does not show (to tell a deleted test from one it cannot see): requests grow with
the number of pages, not of tests.
"""

from __future__ import annotations

from collections.abc import Callable, Generator, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from .._core.base_client import APICall
from .._core.effects import Plan, Send
from .._core.exceptions import APIStatusError, NotFoundError, RevylError
from .._core.pagination import PageOf
from .layout import LocalTest, Project
from .remote import Remote, RemoteTest
from .results import SyncState, TestsStatus, TestStatus

__all__ = ["Survey", "every_page", "state_of", "status_plan", "survey_plan", "targets"]

T = TypeVar("T")
_GONE = (400, 401, 403, 404)  # the statuses the CLI reads as "the test is not there"


def state_of(*, linked: bool, modified: bool, remote_version: int | None, file_version: int,
             remote_exists: bool = True) -> SyncState:
    """The state of one readable test file (the CLI's rules)."""
    if not linked:
        return SyncState.LOCAL_ONLY
    if not remote_exists:
        return SyncState.MISSING
    newer = remote_version is not None and remote_version > file_version
    if modified and newer:
        return SyncState.CONFLICT
    if modified:
        return SyncState.MODIFIED
    return SyncState.OUTDATED if newer else SyncState.SYNCED


@dataclass
class Survey:
    """The repo's files and what Revyl holds, read once for status, diff, pull and push."""

    files: list[LocalTest]
    remote: dict[str, RemoteTest]  # by id: every test the list showed, and linked ones fetched
    missing: dict[str, str]  # linked ids Revyl does not have -> why
    listed: set[str]  # ids the organisation's list showed

    def status_of(self, local: LocalTest) -> TestStatus:
        if local.decoded is None:
            return TestStatus(local.alias, SyncState.INVALID, path=local.path, message=str(local.problem))
        remote = self.remote.get(local.remote_id)
        state = state_of(linked=bool(local.remote_id), modified=local.modified,
                         remote_version=remote.version if remote else None,
                         file_version=local.remote_version, remote_exists=local.remote_id not in self.missing)
        return TestStatus(local.alias, state, local.remote_id or None, str(local.test["metadata"]["name"]),
                          local.path, local.remote_version if local.remote_id else None,
                          remote.version if remote else None, self.missing.get(local.remote_id))

    def unlinked(self) -> list[RemoteTest]:
        """Tests of the organisation no file points at, in the list's order."""
        linked = {local.remote_id for local in self.files if local.remote_id}
        return [test for test_id, test in self.remote.items() if test_id in self.listed and test_id not in linked]

    def report(self, *, remote_only: bool = True) -> TestsStatus:
        tests = [self.status_of(local) for local in self.files]
        if remote_only:
            tests += [TestStatus(None, SyncState.REMOTE_ONLY, test.id, test.name, remote_version=test.version)
                      for test in self.unlinked()]
        return TestsStatus(tuple(tests))


def every_page(page_call: Callable[[int], APICall[PageOf[T]]]) -> Plan[list[T]]:
    """Every item of a listing, page after page (numbered from 1)."""
    items: list[T] = []
    number = 1
    while True:
        page: PageOf[T] = yield Send(page_call(number))
        items.extend(page.items)
        if not page.has_next or not page.items:
            return items
        number += 1


def survey_plan(project: Project, remote: Remote) -> Plan[Survey]:
    project.require()
    files = project.tests()
    listed = {test.id: test for test in (yield from every_page(remote.tests_page))}
    survey = Survey(files, dict(listed), {}, set(listed))
    # A linked test the list does not show (or shows without a version) is asked for by id.
    unseen = sorted({local.remote_id for local in files
                     if local.remote_id and listed.get(local.remote_id, _NO_VERSION).version is None})
    for test_id in unseen:
        yield from _fetch_linked(remote, survey, test_id)
    return survey


_NO_VERSION = RemoteTest("", "")


def _fetch_linked(remote: Remote, survey: Survey, test_id: str) -> Generator[Any, Any, None]:
    try:
        survey.remote[test_id] = yield Send(remote.get_test(test_id))
    except NotFoundError as error:
        survey.missing[test_id] = f"Revyl has no test {test_id} ({error.status_code})"
    except APIStatusError as error:
        if error.status_code not in _GONE:
            raise
        survey.missing[test_id] = f"Revyl refuses test {test_id} ({error.status_code}: {error})"


def status_plan(project: Project, remote: Remote, *, remote_only: bool = True) -> Plan[TestsStatus]:
    survey = yield from survey_plan(project, remote)
    return survey.report(remote_only=remote_only)


def targets(survey: Survey, only: Sequence[str] | None) -> list[LocalTest]:
    """The files `only` names (by alias or test id), every file when None; an unknown name is an error."""
    if only is None:
        return list(survey.files)
    chosen: list[LocalTest] = []
    for wanted in only:
        match = [local for local in survey.files if wanted in (local.alias, local.remote_id)]
        if not match:
            known = ", ".join(local.alias for local in survey.files) or "none"
            raise RevylError(f"no test file {wanted!r} in .revyl/tests (there are: {known})")
        chosen.extend(m for m in match if m not in chosen)
    return chosen
