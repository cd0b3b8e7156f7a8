"""A project's tests on disk, laid out as Revyl's CLI lays them out.

    <project>/.revyl/config.yaml        project settings (`project.id`, ...)
    <project>/.revyl/tests/<alias>.yaml one test per file; the alias is the file name

Only `*.yaml` files count (not `.yml`, not a bare `.yaml`). A file is written whole to a
temporary sibling and renamed over the old one, so an interrupted write leaves the old file.
"""

from __future__ import annotations

import os
import re
import tempfile
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from .._core.exceptions import RevylError
from .decode import Decoded, FileProblem, checksum, decode, encode_file

__all__ = ["LocalTest", "Project", "alias_for"]

_GITIGNORE = """# Most files in .revyl are local runtime state.
# Only the shared project config and test definitions belong in git.
*

# Keep this file itself.
!.gitignore

# Shared Revyl project files.
!config.yaml
!tests/
!tests/**
"""


@dataclass(frozen=True)
class LocalTest:
    """One `.revyl/tests/<alias>.yaml`: its canonical form, or what makes it unreadable."""

    alias: str
    path: Path
    text: str
    decoded: Decoded | None
    problem: FileProblem | None = None

    @property
    def meta(self) -> dict[str, Any]:
        return self.decoded.canonical["_meta"] if self.decoded else {}

    @property
    def test(self) -> dict[str, Any]:
        return self.decoded.canonical["test"] if self.decoded else {}

    @property
    def remote_id(self) -> str:
        return str(self.meta.get("remote_id", ""))

    @property
    def remote_version(self) -> int:
        return int(self.meta.get("remote_version", 0))

    @property
    def modified(self) -> bool:
        """Changed since the last push or pull: the CLI's rule (no checksum counts as unchanged)."""
        stored = self.meta.get("checksum", "")
        return bool(stored) and checksum(self.test) != stored

    def where(self, path: tuple[str | int, ...] = ()) -> str:
        """`file:line` of a value in this file (of the file when unknown)."""
        line = self.decoded.line_of(("test", *path)) if self.decoded else 0
        return f"{self.path}:{line}" if line else str(self.path)


class Project:
    """The project directory holding `.revyl/`."""

    def __init__(self, root: str | os.PathLike[str]) -> None:
        self.root = Path(root)
        self.revyl_dir = self.root / ".revyl"
        self.config_path = self.revyl_dir / "config.yaml"
        self.tests_dir = self.revyl_dir / "tests"

    def require(self) -> None:
        """Refuse a directory that is no Revyl project (nothing is read or written then)."""
        if not self.root.is_dir():
            raise RevylError(f"{self.root} is not a directory")
        if not self.config_path.is_file():
            raise RevylError(f"{self.root} has no .revyl/config.yaml: run `revyl init`, or pull into it first")
        self.config()

    def config(self) -> dict[str, Any]:
        try:
            config = yaml.safe_load(self.config_path.read_text(encoding="utf-8"))
        except (OSError, yaml.YAMLError) as error:
            raise RevylError(f"{self.config_path} cannot be read: {error}") from None
        if not isinstance(config, dict) or not isinstance(config.get("project"), dict):
            raise RevylError(f"{self.config_path} has no `project:` section (the layout Revyl's CLI writes)")
        return config

    def ensure(self) -> bool:
        """Create `.revyl/` as `revyl init` does if it is missing; whether it was created."""
        if self.config_path.exists():
            self.config()
            return False
        self.tests_dir.mkdir(parents=True, exist_ok=True)
        write_atomically(self.config_path, f"project:\n    id: {uuid.uuid4()}\n")
        gitignore = self.revyl_dir / ".gitignore"
        if not gitignore.exists():
            write_atomically(gitignore, _GITIGNORE)
        return True

    def file_of(self, alias: str) -> Path:
        return self.tests_dir / f"{alias}.yaml"

    def tests(self) -> list[LocalTest]:
        """Every test file, by alias; an unreadable one carries its problem."""
        if not self.tests_dir.is_dir():
            return []
        paths = sorted(path for path in self.tests_dir.glob("*.yaml") if path.is_file() and path.stem)
        return [read_test(path) for path in paths]

    def save(self, alias: str, meta: dict[str, Any], test: dict[str, Any]) -> LocalTest:
        """Write a test file as the CLI writes it, with its checksum; the file as read back."""
        path = self.file_of(alias)
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(path, encode_file({**meta, "checksum": checksum(test)}, test))
        return read_test(path)


def read_test(path: Path) -> LocalTest:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        return LocalTest(path.stem, path, "", None, FileProblem(0, f"cannot be read: {error}"))
    try:
        return LocalTest(path.stem, path, text, decode(text))
    except FileProblem as problem:
        return LocalTest(path.stem, path, text, None, problem)


def write_atomically(path: Path, text: str) -> None:
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as out:
            out.write(text)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def alias_for(name: str, test_id: str, taken: Iterable[str]) -> str:
    """The file name Revyl's CLI gives a pulled test: lower case, spaces as dashes, only
    letters a-z, digits, `-` and `_` kept; `test-<id prefix>` when nothing is left; `-2`,
    `-3` ... after an alias already taken."""
    words = re.sub(r"[^a-z0-9_\- ]", "", name.lower()).replace(" ", "-")
    base = re.sub(r"-{2,}", "-", words).strip("-") or f"test-{test_id[:8]}"
    used = {alias.lower() for alias in taken}
    alias, number = base, 2
    while alias.lower() in used:
        alias, number = f"{base}-{number}", number + 1
    return alias


def now_rfc3339() -> str:
    from datetime import UTC, datetime

    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
