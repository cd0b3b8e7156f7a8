"""What tests-as-code needs from Revyl, as calls the resource layer builds (this package
sends nothing itself), and the remote test as plain data."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from .._core.base_client import APICall
from .._core.effects import Plan
from .._core.pagination import PageOf

__all__ = ["App", "Remote", "RemoteTest", "ValidationMessage"]


@dataclass(frozen=True)
class RemoteTest:
    """A test as Revyl holds it (the fields sync reads)."""

    id: str
    name: str
    platform: str = ""
    version: int | None = None  # None: the answer did not say
    description: str = ""
    tasks: Sequence[Mapping[str, Any]] = ()
    app_id: str | None = None
    pinned_version: str = ""
    mobile_targets: Sequence[tuple[str, str]] = ()  # (device model, os version)
    orientation: str = ""


@dataclass(frozen=True)
class App:
    id: str
    name: str
    platform: str
    system_prompt: str = ""


@dataclass(frozen=True)
class ValidationMessage:
    severity: str
    message: str
    line: int = 0
    field_path: str = ""


class Remote(Protocol):
    """Builders of the calls sync sends; each answer is parsed into the plain types above.

    Errors come back as the SDK's usual exceptions (`NotFoundError`, `ConflictError` ...).
    """

    # Listings are read page by page (numbered from 1) until a page says there is no next.
    def tests_page(self, number: int) -> APICall[PageOf[RemoteTest]]: ...
    def get_test(self, test_id: str) -> APICall[RemoteTest]: ...
    def create_test(self, name: str, platform: str, app_id: str, tasks: list[dict[str, Any]]
                    ) -> APICall[RemoteTest]: ...
    def update_test(self, test_id: str, fields: dict[str, Any], expected_version: int | None
                    ) -> APICall[RemoteTest]: ...
    def validate(self, yaml_text: str) -> APICall[tuple[bool, list[ValidationMessage]]]: ...
    def modules(self) -> APICall[dict[str, str]]: ...  # name -> id
    def scripts_page(self, number: int) -> APICall[PageOf[tuple[str, str]]]: ...  # (name, id)
    def apps_page(self, number: int) -> APICall[PageOf[App]]: ...
    def app(self, app_id: str) -> APICall[App]: ...
    def test_tags(self, test_id: str) -> APICall[list[str]]: ...
    def set_test_tags(self, test_id: str, names: list[str]) -> APICall[Any]: ...
    def test_variables(self, test_id: str) -> APICall[dict[str, str]]: ...
    def clear_test_variables(self, test_id: str) -> APICall[Any]: ...
    def set_test_variable(self, test_id: str, name: str, value: str) -> Plan[object]: ...
    def launch_variables(self) -> APICall[dict[str, str]]: ...  # key -> id
    def attached_launch_variables(self, test_id: str) -> APICall[list[str]]: ...  # keys
    def replace_launch_variables(self, test_id: str, keys: list[str]) -> Plan[object]: ...
    def set_device_target(self, test_id: str, target: dict[str, str]) -> APICall[Any]: ...
