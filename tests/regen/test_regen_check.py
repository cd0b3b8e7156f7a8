"""`regen --check`: 0 on the committed tree, 1 listing the file once something is edited.

Runs on a copy of generated/ (via the hidden --root), never on the real one.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from regen_helpers import PINNED_SPEC, REPO, run_regen

COMMITTED = REPO / "generated" / "revyl_api"
TOUCHED = "api/tests/get_test_execution_task.py"


@pytest.fixture
def copy_of_checkout(tmp_path: Path) -> Path:
    if not COMMITTED.is_dir():
        pytest.skip("generated/revyl_api not generated yet")
    root = tmp_path / "repo"
    shutil.copytree(COMMITTED, root / "generated" / "revyl_api", ignore=shutil.ignore_patterns("__pycache__"))
    return root


def test_check_passes_on_the_committed_tree_then_fails_on_an_edit(copy_of_checkout: Path) -> None:
    root = copy_of_checkout
    clean = run_regen("--check", "--root", root, "--spec", PINNED_SPEC)
    assert clean.returncode == 0, clean.stderr
    assert "up to date" in clean.stdout

    edited = root / "generated" / "revyl_api" / TOUCHED
    edited.write_text(edited.read_text() + "# local edit\n")
    (root / "generated" / "revyl_api" / "stray.py").write_text("")
    dirty = run_regen("--check", "--root", root, "--spec", PINNED_SPEC)
    assert dirty.returncode == 1
    assert f"changed: {TOUCHED}" in dirty.stderr
    assert "extra: stray.py" in dirty.stderr
    assert "Traceback" not in dirty.stderr
