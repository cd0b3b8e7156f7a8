"""A realistic session replayed from cassettes, and proof the cassettes hold no secrets."""

from __future__ import annotations

import itertools
import re
from pathlib import Path

import pytest
import yaml
from revyl_sdk import Revyl
from revyl_sdk import types as t

CASSETTES = Path(__file__).parent / "cassettes"
TEST_YAML = (
    "test:\n  metadata:\n    name: Checkout smoke\n    platform: android\n"
    "  blocks:\n    - type: instructions\n      step_description: Open the cart and tap Pay\n"
)


@pytest.mark.vcr
def test_ci_session(backend: tuple[str, str]) -> None:
    """What a CI job does: app, build from URL, test from YAML, run, follow, share."""
    base_url, api_key = backend
    with Revyl(api_key, base_url=base_url, ci_headers=False, max_retries=0) as client:
        app = client.apps.create(name="Cassette Shop", platform="android")
        assert isinstance(app, t.AppResponse) and app.id
        assert any(isinstance(item, t.AppResponse) for item in itertools.islice(client.apps.list(), 1))

        build = client.builds.from_url(
            str(app.id), "https://downloads.example.com/shop-1.0.apk", version="1.0.0", set_as_current=True
        )
        assert isinstance(build, t.BuildResponse)

        created = client.yaml.create_test(TEST_YAML)
        assert created.success and created.test_id

        run = client.tests.run(str(created.test_id), build_version_id=str(build.id))
        status = run.get_status()
        assert isinstance(status, t.TestStatusResponse)
        link = client.reports.share_link(run.task_id, expiration_hours=24)
        assert link.startswith("http")

        assert client.apps.delete(str(app.id)).message


def _cassette_files() -> list[Path]:
    files = sorted(CASSETTES.rglob("*.yaml"))
    assert files, "no cassettes recorded: run `make record`"
    return files


def test_cassettes_hold_no_credentials() -> None:
    for path in _cassette_files():
        text = path.read_text()
        assert not re.search(r"Bearer\s+\S", text), f"{path.name} holds a bearer token"
        assert not re.search(r"X-Amz-Signature=(?!REDACTED)", text, re.IGNORECASE), path.name
        for interaction in yaml.safe_load(text)["interactions"]:
            headers = {name.lower(): value for name, value in interaction["request"]["headers"].items()}
            assert headers.get("authorization", ["REDACTED"]) == ["REDACTED"], path.name
