"""What `tests.status / diff / push / pull` return: one typed outcome per test."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from enum import Enum, StrEnum
from pathlib import Path
from typing import Any

__all__ = [
    "DiffResult",
    "FileError",
    "PullOutcome",
    "PullResult",
    "PushOutcome",
    "PushResult",
    "SyncState",
    "TestDiff",
    "TestStatus",
    "TestsStatus",
]


class SyncState(StrEnum):
    """How a test in the repo and the same test in Revyl compare."""

    SYNCED = "synced"
    MODIFIED = "modified locally"  # changed in the file since the last push or pull
    OUTDATED = "changed remotely"  # a newer version in Revyl, the file unchanged
    CONFLICT = "conflict"  # both
    LOCAL_ONLY = "local only"  # never pushed
    REMOTE_ONLY = "remote only"  # in Revyl, no file for it
    MISSING = "missing remotely"  # the file points at a test Revyl no longer has
    INVALID = "invalid"  # the file cannot be read

    @property
    def differs(self) -> bool:
        return self is not SyncState.SYNCED

    def __str__(self) -> str:
        return self.value


def _plain(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, Path):
        return str(value)
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(item) for item in value]
    return value


class _Json:
    def to_dict(self) -> dict[str, Any]:
        """Plain data (for `--json`)."""
        return _plain(asdict(self))  # type: ignore[call-overload, no-any-return]


@dataclass(frozen=True)
class TestStatus(_Json):
    """One test's state. `alias` is its file name (None for a test only in Revyl)."""

    alias: str | None
    state: SyncState
    test_id: str | None = None
    name: str | None = None
    path: Path | None = None
    local_version: int | None = None  # the version the file was last synced at
    remote_version: int | None = None  # the version in Revyl now
    message: str | None = None


@dataclass(frozen=True)
class TestsStatus(_Json):
    tests: tuple[TestStatus, ...]

    @property
    def clean(self) -> bool:
        """Every test in the repo and in Revyl agree."""
        return not any(test.state.differs for test in self.tests)

    def with_state(self, *states: SyncState) -> list[TestStatus]:
        return [test for test in self.tests if test.state in states]


@dataclass(frozen=True)
class TestDiff(_Json):
    """The steps of one test as the file has them against Revyl (a unified diff)."""

    alias: str
    state: SyncState
    test_id: str | None
    diff: str  # empty when the steps agree

    @property
    def differs(self) -> bool:
        return bool(self.diff) or self.state.differs


@dataclass(frozen=True)
class DiffResult(_Json):
    tests: tuple[TestDiff, ...]

    @property
    def differs(self) -> bool:
        return any(test.differs for test in self.tests)


@dataclass(frozen=True)
class FileError(_Json):
    """A test file that cannot be pushed as it is; `where` is `path:line`."""

    alias: str
    where: str
    message: str

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"


class PushAction(StrEnum):
    CREATED = "created"
    UPDATED = "updated"
    UNCHANGED = "unchanged"  # nothing to push
    CONFLICT = "conflict"  # Revyl has a version this file has not seen; nothing sent
    FAILED = "failed"
    WOULD_CREATE = "would create"  # dry run
    WOULD_UPDATE = "would update"  # dry run


@dataclass(frozen=True)
class PushOutcome(_Json):
    alias: str
    action: PushAction
    test_id: str | None = None
    version: int | None = None
    message: str | None = None
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class PushResult(_Json):
    tests: tuple[PushOutcome, ...] = ()
    errors: tuple[FileError, ...] = ()  # validation problems: nothing was sent
    dry_run: bool = False

    @property
    def ok(self) -> bool:
        bad = (PushAction.CONFLICT, PushAction.FAILED)
        return not self.errors and not any(test.action in bad for test in self.tests)


class PullAction(StrEnum):
    PULLED = "pulled"
    UNCHANGED = "unchanged"
    CONFLICT = "conflict"  # the file has changes of its own; nothing written
    FAILED = "failed"
    WOULD_PULL = "would pull"  # dry run


@dataclass(frozen=True)
class PullOutcome(_Json):
    alias: str
    action: PullAction
    test_id: str | None = None
    version: int | None = None
    path: Path | None = None
    message: str | None = None


@dataclass(frozen=True)
class PullResult(_Json):
    tests: tuple[PullOutcome, ...] = field(default_factory=tuple)
    created_config: bool = False
    dry_run: bool = False

    @property
    def ok(self) -> bool:
        return not any(test.action in (PullAction.CONFLICT, PullAction.FAILED) for test in self.tests)
