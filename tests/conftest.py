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


# The longest test files (minutes each), run first: spread over processes (`make test`), a
# long file started last would leave the other processes idle while it finishes.
LONGEST_FIRST = ("tests/emulator/test_fuzz.py", "tests/regen/test_regen_history.py")


def _longest_first(item: pytest.Item) -> int:
    path = Path(str(item.fspath)).as_posix()
    return next((rank for rank, end in enumerate(LONGEST_FIRST) if path.endswith(end)), len(LONGEST_FIRST))


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if Path(str(item.fspath)).parent.name == "contract":
            item.add_marker(pytest.mark.contract)
    items.sort(key=_longest_first)  # stable: the order within each file is kept
