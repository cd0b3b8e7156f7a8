"""Creating and changing tests: the calls behind `tests.create/update/delete/duplicate/
versions/restore/set_device_target`, free of I/O so the sync and async shells share them.

`PUT /tests/update/{id}` takes the whole `Test` model, but the backend stores what it is
sent: a body serialised with the model's defaults would reset the platform to "Android"
and clear run settings (MANAGEMENT.md §5.1). So an update sends only the fields given;
`run_config`, which the backend replaces wholesale, is read, merged and written back
under the version it was read at.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from .._core.base_client import APICall
from .._core.calls import build_model, call, require_uuid
from .._core.exceptions import ConflictError, RevylError, VersionConflictError
from .._core.pagination import PageCall, PageOf
from .._core.resource import RequestOptions, split_request_options
from .._core.retry import Safety
from ._blocks import steps_of
from ._discovery import offset_pages, page_of

if TYPE_CHECKING:  # at run time, builders import the generated code they send (see _core/resource.py)
    from revyl_api.models import (
        DuplicateTestResponse,
        Test,
        TestDeleteResponse,
        TestRestoreVersionResponse,
        TestVersionInfo,
        UpdateDeviceTargetResponse,
    )

VERSIONS_PAGE = 50  # the spec's default page; it states no maximum
_PLATFORMS = ("android", "ios")


class TestFieldOptions(RequestOptions, total=False):
    """Settings of a test besides its name, platform, app and steps (fields of `Test`)."""

    pinned_version: str
    """Run this build version of the app instead of its current one."""
    orientation: str
    retries: int
    test_timeout_seconds: int
    run_config: dict[str, Any]
    """Merged into the test's run config (the keys given change, the others stay)."""
    llm_model_name: str
    app_link: str


class TestUpdateOptions(TestFieldOptions, total=False):
    """What `tests.update` can change; only the fields given are sent."""

    name: str
    platform: str
    app_id: str
    blocks: list[dict[str, Any]]
    """The steps, in Revyl's YAML shape (`then` / `else` / `body`)."""
    tasks: list[dict[str, Any]]
    """The steps, in the API's JSON shape (`thenChildren` / `elseChildren` / `children`)."""


def test_platform(platform: str) -> str:
    """'Android', 'IOS' ... as the API stores a test's platform ('android' / 'ios')."""
    if isinstance(platform, str) and platform.strip().lower() in _PLATFORMS:
        return platform.strip().lower()
    raise RevylError(f"Unknown platform {platform!r}: expected 'android' or 'ios'")


def _version(value: object, what: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise RevylError(f"{what} must be a version number (an int from 1), got {value!r}")
    return value


def _fields(given: dict[str, Any]) -> dict[str, Any]:
    """`Test` body fields from user options: platform normalised, steps as the API's tasks."""
    fields = dict(given)
    tasks = steps_of(fields.pop("blocks", None), fields.pop("tasks", None))
    if tasks is not None:
        fields["tasks"] = tasks
    if "platform" in fields:
        fields["platform"] = test_platform(fields["platform"])
    if "app_id" in fields:
        require_uuid(fields["app_id"], "app_id")
    if "name" in fields and (not isinstance(fields["name"], str) or not fields["name"].strip()):
        raise RevylError(f"a test name must be non-empty text, got {fields['name']!r}")
    if "run_config" in fields and not isinstance(fields["run_config"], dict):
        raise RevylError(f"run_config must be a mapping, got {type(fields['run_config']).__name__}")
    return fields


def create_call(name: str, platform: str, app_id: str, blocks: list[dict[str, Any]] | None,
                tasks: list[dict[str, Any]] | None, options: TestFieldOptions) -> APICall[Test]:
    from revyl_api.api.tests import create_test_endpoint
    from revyl_api.models import Test

    given, request = split_request_options(dict(options))
    fields = _fields({"name": name, "platform": platform, "app_id": app_id, **given,
                      "tasks": steps_of(blocks, tasks) or []})
    return call(create_test_endpoint, Test, safety=Safety.UNSAFE,
                body=build_model(Test, fields, "test"), **request)


@dataclass(frozen=True)
class TestEdit:
    """One `tests.update`: what to send, and how to read a 409 back to the caller."""

    test_id: str
    expected_version: int | None
    fields: dict[str, Any]
    request: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def of(cls, test_id: str, expected_version: int | None, options: TestUpdateOptions) -> TestEdit:
        given, request = split_request_options(dict(options))
        if not given:
            raise RevylError("tests.update needs at least one field to change")
        version = None if expected_version is None else _version(expected_version, "expected_version")
        edit = cls(require_uuid(test_id, "test_id"), version, _fields(given), request)
        edit.call()  # any field the model lacks is refused now, before the read of a merge
        return edit

    @property
    def needs_current(self) -> bool:
        """The new value is merged into the current one: read the test first."""
        return "run_config" in self.fields

    def merged_with(self, current: Test) -> TestEdit:
        from revyl_api.models import TestRunConfig

        had = current.run_config.to_dict() if isinstance(current.run_config, TestRunConfig) else {}
        fields = {**self.fields, "run_config": {**had, **self.fields["run_config"]}}
        version = self.expected_version
        if version is None and isinstance(current.version, int):
            version = current.version  # what was merged into must still be what is there
        return replace(self, fields=fields, expected_version=version)

    def call(self) -> APICall[Test]:
        from revyl_api.api.tests import update_test_endpoint
        from revyl_api.models import Test

        body = dict(self.fields)
        if self.expected_version is not None:
            body["expected_version"] = self.expected_version
        # Safe to resend: the same fields with the same expected_version land once.
        return call(update_test_endpoint, Test, test_id=self.test_id,
                    body=build_model(Test, body, "test update"), **self.request)

    def stale(self, conflict: ConflictError, current: Test | None) -> ConflictError:
        if self.expected_version is None:
            return conflict
        version = current.version if current is not None and isinstance(current.version, int) else None
        return VersionConflictError("test", self.test_id, self.expected_version, version, conflict)


def delete_call(test_id: str, options: RequestOptions) -> APICall[TestDeleteResponse]:
    from revyl_api.api.tests import delete_test_endpoint
    from revyl_api.models import TestDeleteResponse

    return call(delete_test_endpoint, TestDeleteResponse, test_id=require_uuid(test_id, "test_id"), **options)


class DuplicateOptions(RequestOptions, total=False):
    copy_variables: bool
    copy_cookies: bool
    target_platform: str
    """Make the copy for the other platform ('android' / 'ios')."""
    new_app_id: str


def duplicate_call(test_id: str, new_name: str, options: DuplicateOptions) -> APICall[DuplicateTestResponse]:
    from revyl_api.api.tests import duplicate_test_endpoint
    from revyl_api.models import DuplicateTestRequest, DuplicateTestResponse

    given, request = split_request_options(dict(options))
    if not isinstance(new_name, str) or not new_name.strip():
        raise RevylError(f"new_name must be non-empty text, got {new_name!r}")
    if "target_platform" in given:
        given["target_platform"] = test_platform(given["target_platform"])
    if "new_app_id" in given:
        require_uuid(given["new_app_id"], "new_app_id")
    body = build_model(DuplicateTestRequest, {"test_id": require_uuid(test_id, "test_id"),
                                              "new_name": new_name, **given}, "duplicate options")
    return call(duplicate_test_endpoint, DuplicateTestResponse, safety=Safety.UNSAFE, body=body, **request)


def versions_pages(test_id: str, options: RequestOptions) -> PageCall[TestVersionInfo]:
    from revyl_api.api.tests import get_test_versions_endpoint
    from revyl_api.models import TestVersionListResponse

    require_uuid(test_id, "test_id")

    def page_at(limit: int, offset: int) -> APICall[PageOf[TestVersionInfo]]:
        listing = call(get_test_versions_endpoint, TestVersionListResponse, test_id=test_id, limit=limit,
                       offset=offset, **options)
        return listing.map(lambda response: page_of(response.versions, limit, offset + limit < response.total))

    return offset_pages(VERSIONS_PAGE, page_at)


def restore_call(test_id: str, version: int, options: RequestOptions) -> APICall[TestRestoreVersionResponse]:
    from revyl_api.api.tests import restore_test_version_endpoint
    from revyl_api.models import TestRestoreVersionRequest, TestRestoreVersionResponse

    body = TestRestoreVersionRequest(version=_version(version, "version"))
    return call(restore_test_version_endpoint, TestRestoreVersionResponse, safety=Safety.UNSAFE,
                test_id=require_uuid(test_id, "test_id"), body=body, **options)


def device_target_call(test_id: str, device_model: str | None, os_version: str | None,
                       orientation: str | None, options: RequestOptions) -> APICall[UpdateDeviceTargetResponse]:
    from revyl_api.api.tests import update_device_target
    from revyl_api.models import UpdateDeviceTargetRequest, UpdateDeviceTargetResponse

    given = {"device_model": device_model, "os_version": os_version, "orientation": orientation}
    fields = {key: value for key, value in given.items() if value is not None}
    if not fields:
        raise RevylError("set_device_target needs device_model, os_version or orientation")
    for key, value in fields.items():
        if not isinstance(value, str) or not value.strip():
            raise RevylError(f"{key} must be non-empty text, got {value!r}")
    if orientation is not None and orientation not in ("portrait", "landscape"):
        raise RevylError(f"orientation must be 'portrait' or 'landscape', got {orientation!r}")
    return call(update_device_target, UpdateDeviceTargetResponse, test_id=require_uuid(test_id, "test_id"),
                body=build_model(UpdateDeviceTargetRequest, fields, "device target"), **options)
