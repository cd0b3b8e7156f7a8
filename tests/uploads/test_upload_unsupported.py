"""Uploads with a client generated from a spec that lacks a flow: the flow is skipped up
front, without the request a backend would refuse (compare the 404/405 fallbacks in
test_upload_flows.py), and a spec with no flow left raises `UnsupportedOperationError`."""

from __future__ import annotations

import types
from collections.abc import Callable
from pathlib import Path
from typing import Any, NoReturn

import pytest
from revyl_api import unsupported
from revyl_sdk import Revyl, UnsupportedOperationError
from revyl_sdk._uploads import flow
from revyl_sdk.testing import RevylEmulator
from upload_support import MiB, api_routes, sha256_of, stored_sha256

MakeApk = Callable[..., Path]


def test_without_multipart_a_large_file_goes_to_the_upload_session(
    emulator: RevylEmulator, emulated: Revyl, app_id: str, make_valid_apk: MakeApk,
    monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(flow, "_MULTIPART_SUPPORTED", False)
    path = make_valid_apk(3 * MiB)
    build = emulated.builds.upload(app_id, path, version="v", part_size=MiB)
    assert api_routes(emulator) == ["GET app", "POST upload-session", "POST builds"]
    assert stored_sha256(emulator, str(build.id)) == sha256_of(path)


def test_without_the_newer_flows_it_goes_straight_to_legacy(
    emulator: RevylEmulator, emulated: Revyl, app_id: str, make_valid_apk: MakeApk,
    monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(flow, "_MULTIPART_SUPPORTED", False)
    monkeypatch.setattr(flow, "_SESSION_SUPPORTED", False)
    path = make_valid_apk(3 * MiB)
    build = emulated.builds.upload(app_id, path, version="v", part_size=MiB)
    assert api_routes(emulator) == ["GET app", "POST upload-url", "POST extract-package-id", "POST complete-upload"]
    assert stored_sha256(emulator, str(build.id)) == sha256_of(path)


def test_with_no_flow_left_the_upload_says_which_operation_is_missing(
    emulator: RevylEmulator, emulated: Revyl, app_id: str, make_valid_apk: MakeApk,
    monkeypatch: pytest.MonkeyPatch
) -> None:
    route = "POST /api/v1/apps/{app_id}/builds/upload-url"
    module = types.ModuleType("revyl_api.api.apps.create_build_upload_url")

    def raise_unsupported(*args: Any, **kwargs: Any) -> NoReturn:
        raise unsupported.UnsupportedOperation(route)

    module._get_kwargs = raise_unsupported  # type: ignore[attr-defined]
    monkeypatch.setattr(flow, "create_build_upload_url", module)
    monkeypatch.setattr(flow, "_MULTIPART_SUPPORTED", False)
    monkeypatch.setattr(flow, "_SESSION_SUPPORTED", False)
    with pytest.raises(UnsupportedOperationError, match="upload-url"):
        emulated.builds.upload(app_id, make_valid_apk(2 * MiB), version="v")
    assert api_routes(emulator) == ["GET app"]
