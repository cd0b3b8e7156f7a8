"""Shared fixtures: Prism mocking the pinned spec (and the patched one) for contract tests."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from _prism import ROOT, prism_mock

SHARED = ROOT.parent / "shared"
PINNED_SPEC = SHARED / "revyl-openapi" / "openapi.json"


@pytest.fixture(scope="session")
def prism_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Prism on the pinned spec exactly as Revyl publishes it."""
    log = tmp_path_factory.mktemp("prism") / "prism.log"
    with prism_mock(PINNED_SPEC, log) as url:
        yield url


@pytest.fixture(scope="session")
def patched_prism_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Prism on the pinned spec after regen's patches: covers the hidden operations."""
    from regen.pipeline import patched_spec

    folder = tmp_path_factory.mktemp("prism-patched")
    spec_path = folder / "openapi.patched.json"
    spec_path.write_text(json.dumps(patched_spec(json.loads(PINNED_SPEC.read_text()))))
    with prism_mock(spec_path, folder / "prism.log") as url:
        yield url


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if Path(str(item.fspath)).parent.name == "contract":
            item.add_marker(pytest.mark.contract)
