"""Putting results in place without ever leaving a half-written tree behind."""

import os
import shutil
from pathlib import Path

IGNORED_PARTS = frozenset({"__pycache__", ".mypy_cache", ".ruff_cache"})


def replace_directory(new: Path, target: Path) -> None:
    """Move the finished tree `new` to `target`, replacing what was there.

    `new` is built on the same filesystem, so each step is a rename: `target` is at every
    moment either the complete old tree or the complete new one.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    if not target.exists():
        new.rename(target)
        return
    old = target.with_name(f".{target.name}.old-{os.getpid()}")
    target.rename(old)
    try:
        new.rename(target)
    except BaseException:
        old.rename(target)
        raise
    shutil.rmtree(old)


def write_file(path: Path, data: bytes) -> None:
    """Write through a temporary file and a rename, so readers never see a partial file."""
    temporary = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    temporary.write_bytes(data)
    os.replace(temporary, path)


def tree_differences(committed: Path, regenerated: Path) -> list[str]:
    """How `committed` differs from `regenerated`: `changed|missing|extra: relative/path`
    (missing: regen makes it, the committed tree lacks it; extra: the reverse).

    Caches Python or tools leave inside a tree are not part of it.
    """
    want, have = _files(regenerated), _files(committed)
    differences = [f"missing: {p}" for p in sorted(want.keys() - have.keys())]
    differences += [f"extra: {p}" for p in sorted(have.keys() - want.keys())]
    differences += [
        f"changed: {p}" for p in sorted(want.keys() & have.keys()) if want[p].read_bytes() != have[p].read_bytes()
    ]
    return differences


def _files(root: Path) -> dict[str, Path]:
    if not root.is_dir():
        return {}
    return {
        path.relative_to(root).as_posix(): path
        for path in root.rglob("*")
        if path.is_file() and not IGNORED_PARTS.intersection(path.relative_to(root).parts) and path.suffix != ".pyc"
    }
