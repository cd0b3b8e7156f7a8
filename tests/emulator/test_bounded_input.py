"""No input makes the emulator spin or swell: it answers a 4xx at once and keeps serving.

Every request here carries a client timeout far above any real answer, so a handler that
hangs fails its test instead of the suite. The shutdown test runs `quiet_clients.py` in
its own process and requires its output to be empty.
"""

from __future__ import annotations

import subprocess
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from revyl_sdk.testing import write_dummy_apk

WAIT = 10.0  # a bound, not a measurement: far above any answer, far below a hang
HERE = Path(__file__).parent
ALIAS_BOMB = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n" + "".join(
    f"a{n}: &a{n} [{', '.join([f'*a{n - 1}'] * 10)}]\n" for n in range(1, 10))


def nested(levels: int) -> dict[str, Any]:
    value: dict[str, Any] = {}
    for _ in range(levels):
        value = {"inner": value}
    return value


def nested_blocks(levels: int) -> list[dict[str, Any]]:
    blocks: list[dict[str, Any]] = [{"type": "instructions", "step_description": "Tap"}]
    for _ in range(levels):
        blocks = [{"type": "while", "condition": "Loading", "children": blocks}]
    return blocks


@pytest.fixture(autouse=True)
def still_serving(http: httpx.Client) -> Iterator[None]:
    yield
    assert http.get("/health_check", timeout=WAIT).json() == {"status": "OK"}


@pytest.mark.parametrize(("route", "body", "problem"), [
    ("conversion/yaml-to-blocks", {"yaml_content": "foo: 1"}, "top-level 'test' mapping"),
    ("conversion/yaml-to-blocks", {"yaml_content": "0"}, "top-level 'test' mapping"),
    ("from-yaml", {"yaml_content": "- a list\n"}, "top-level 'test' mapping"),
    ("validate-yaml", {"yaml_content": ALIAS_BOMB}, "expands to more than"),
    ("from-yaml", {"yaml_content": "a: &x [1, *x]\n"}, "refers to its own enclosing node"),
    ("validate-yaml", {"yaml_content": "[" * 100 + "]" * 100}, "nested deeper than 64"),
    ("conversion/yaml-to-blocks", {"yaml_content": "[" * 5000 + "]" * 5000}, "nested deeper"),
    ("validate-yaml", {"yaml_content": "a: " + "x" * (1024 * 1024)}, "longer than"),
    ("conversion/blocks-to-yaml", {"blocks": nested_blocks(40)}, "nested deeper than 64"),
    ("from-blocks", {"blocks": [], "metadata": nested(80)}, "nested deeper than 64"),
])
def test_yaml_and_blocks_beyond_the_budget_get_a_422(http: httpx.Client, route: str,
                                                     body: dict[str, Any], problem: str) -> None:
    answer = http.post(f"/api/v1/tests/yaml/{route}", json=body, timeout=WAIT)
    assert answer.status_code == 422, answer.text
    (error,) = answer.json()["detail"]
    assert error["loc"][0] == "body" and problem in error["msg"]


def test_the_validator_still_reports_a_document_without_a_test(http: httpx.Client) -> None:
    report = http.post("/api/v1/tests/yaml/validate-yaml", json={"yaml_content": "foo: 1"},
                       timeout=WAIT).json()
    assert not report["is_valid"]
    assert [(m["code"], m["line"]) for m in report["messages"]] == [("MISSING_TEST_ROOT", 1)]


@pytest.mark.parametrize("blocks", [
    [{"type": "while", "condition": "Busy", "children": "not a list"}],
    [{"type": "if", "condition": "Busy", "thenChildren": [], "elseChildren": [[None, None]]}],
    [{"type": "instructions", "step_description": "Tap", "id": {"not": "text"}}],
])
def test_malformed_block_trees_are_named_not_crashed_on(http: httpx.Client,
                                                       blocks: list[dict[str, Any]]) -> None:
    for route, extra in (("from-blocks", {"metadata": {"name": "T", "platform": "ios"}}),
                         ("conversion/blocks-to-yaml", {})):
        answer = http.post(f"/api/v1/tests/yaml/{route}", json={"blocks": blocks, **extra},
                           timeout=WAIT).json()
        assert answer["success"] is False and answer["errors"][0].startswith("blocks[0]")


def test_bodies_over_the_limit_get_413_unread(http: httpx.Client) -> None:
    huge = b'{"yaml_content": "' + b"x" * (9 * 1024 * 1024) + b'"}'
    declared = http.post("/api/v1/tests/yaml/validate-yaml", content=huge, timeout=WAIT,
                         headers={"Content-Type": "application/json"})
    assert declared.status_code == 413 and "limit" in declared.json()["detail"]
    streamed = http.post("/api/v1/tests/yaml/validate-yaml", timeout=WAIT,
                         content=iter([huge[i:i + (1 << 20)] for i in range(0, len(huge), 1 << 20)]),
                         headers={"Content-Type": "application/json"})
    assert streamed.status_code == 413


def test_json_too_deep_to_parse_is_refused(http: httpx.Client) -> None:
    deep = b'{"yaml_content": "x", "options": ' + b"[" * 50_000 + b"]" * 50_000 + b"}"
    answer = http.post("/api/v1/tests/yaml/conversion/yaml-to-blocks", content=deep,
                       timeout=WAIT, headers={"Content-Type": "application/json"})
    assert answer.status_code == 400 and answer.json()["detail"]


def test_multipart_sizes_past_s3s_limit_are_refused(http: httpx.Client) -> None:
    app_id = http.post("/api/v1/apps/", json={"name": "Shop", "platform": "Android"}).json()["id"]
    for size in (10**400, 5 * 1024**4 + 1, 0):
        answer = http.post(f"/api/v1/apps/{app_id}/builds/multipart-upload/start", timeout=WAIT,
                           json={"version": f"v{size % 7}", "file_name": "a.apk", "file_size": size})
        assert answer.status_code == 400 and "5 TiB" in answer.json()["detail"]


def upload(http: httpx.Client, artifact: Path) -> httpx.Response:
    app_id = http.post("/api/v1/apps/", json={"name": artifact.stem, "platform": "Android"}).json()["id"]
    session = http.post(f"/api/v1/apps/{app_id}/builds/upload-session",
                        json={"version": "1.0", "file_name": artifact.name}).json()
    httpx.put(session["upload_url"], content=artifact.read_bytes(),
              headers={"Content-Type": session["content_type"]})
    return http.post(f"/api/v1/apps/{app_id}/builds", timeout=WAIT,
                     json={"upload_id": session["upload_id"], "version": "1.0"})


@pytest.mark.parametrize(("manifest", "problem"), [
    (b"<manifest" * 300_000, "Could not read the package name"),  # quadratic for a whole-file regex
    (b"<manifest " + b" " * (9 * 1024 * 1024) + b">", "larger than 8 MiB"),  # a zip bomb's worth
])
def test_hostile_manifests_are_refused_quickly(http: httpx.Client, tmp_path: Path,
                                               manifest: bytes, problem: str) -> None:
    artifact = tmp_path / "hostile.apk"
    with zipfile.ZipFile(artifact, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("AndroidManifest.xml", manifest)
        archive.writestr("classes.dex", b"dex\n035\x00")
    answer = upload(http, artifact)
    assert answer.status_code == 400 and problem in answer.json()["detail"]


def test_a_damaged_archive_is_refused_not_crashed_on(http: httpx.Client, tmp_path: Path) -> None:
    artifact = write_dummy_apk(tmp_path / "damaged.apk")
    data = bytearray(artifact.read_bytes())
    data[0] ^= 0xFF  # the directory at the end still reads; the first entry's header does not
    artifact.write_bytes(bytes(data))
    answer = upload(http, artifact)
    assert answer.status_code == 400 and "The archive is damaged" in answer.json()["detail"]


def test_a_real_apk_still_uploads(http: httpx.Client, tmp_path: Path) -> None:
    answer = upload(http, write_dummy_apk(tmp_path / "fine.apk"))
    assert answer.status_code == 200 and answer.json()["package_name"] == "com.example.revyldemo"


def test_clients_and_the_emulator_close_busy_streams_silently() -> None:
    done = subprocess.run([sys.executable, str(HERE / "quiet_clients.py")], capture_output=True,
                          text=True, timeout=120, check=False)
    assert (done.returncode, done.stdout, done.stderr) == (0, "", "")
