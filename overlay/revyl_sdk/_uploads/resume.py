"""Local state that lets an interrupted multipart upload continue instead of starting over.

Same layout as Revyl's CLI: `<dir>/<sha256(app_id␀version␀abs_path␀size)>.json` holding
the ids S3 and Revyl need to find the upload again, plus the file's SHA-256 so a changed
file is never stitched onto parts of its previous content.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import tempfile
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Any
from uuid import UUID

from .._core.exceptions import RevylError
from .._core.logging import logger

__all__ = ["DEFAULT_RESUME_DIR", "ResumeState", "ResumeStore"]

DEFAULT_RESUME_DIR = Path("~/.revyl/uploads")


@dataclass(frozen=True)
class ResumeState:
    upload_id: str
    s3_upload_id: str
    file_sha256: str
    part_size: int
    assembled: bool = False

    def as_assembled(self) -> ResumeState:
        return replace(self, assembled=True)

    @classmethod
    def from_json(cls, data: Any) -> ResumeState | None:
        """The state in `data`, or None when any field is missing or mistyped."""
        if not isinstance(data, dict):
            return None
        text_fields = ("upload_id", "s3_upload_id", "file_sha256")
        if not all(isinstance(data.get(name), str) and data[name] for name in text_fields):
            return None
        try:
            UUID(data["upload_id"])
        except ValueError:
            return None
        part_size, assembled = data.get("part_size"), data.get("assembled", False)
        if not isinstance(part_size, int) or part_size <= 0 or not isinstance(assembled, bool):
            return None
        return cls(data["upload_id"], data["s3_upload_id"], data["file_sha256"], part_size,
                   assembled)


class ResumeStore:
    """The state file of one (app, version, file, size) upload."""

    def __init__(self, directory: str | os.PathLike[str], *, app_id: str, version: str,
                 path: str, size: int) -> None:
        key = "\0".join((app_id, version, path, str(size))).encode()
        self.path = Path(directory).expanduser() / f"{hashlib.sha256(key).hexdigest()}.json"

    def __repr__(self) -> str:
        return f"ResumeStore(path={str(self.path)!r})"

    def load(self, file_sha256: str) -> ResumeState | None:
        """The saved state if it belongs to this exact content; stale or corrupt state is removed."""
        try:
            raw = self.path.read_text(encoding="utf-8")
        except OSError:  # missing, or an unusable directory that save() will report
            return None
        try:
            state = ResumeState.from_json(json.loads(raw))
        except ValueError:
            state = None
        if state is None:
            logger.warning("ignoring unreadable upload state %s", self.path)
        elif state.file_sha256 != file_sha256:
            logger.info("file content changed since the interrupted upload: starting over")
            state = None
        if state is None:
            self.discard()
        return state

    def save(self, state: ResumeState) -> None:
        """Write atomically: a crash mid-write must not leave a half file behind."""
        try:
            self.path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            fd, temp = tempfile.mkstemp(dir=self.path.parent, prefix=".upload-", suffix=".tmp")
        except OSError as error:
            raise RevylError(f"cannot record upload state in {self.path.parent} "
                             f"({error.strerror}); pass resume_dir=... or resume=False") from None
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as out:
                json.dump(asdict(state), out, indent=2)
            os.replace(temp, self.path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(temp)
            raise

    def discard(self) -> None:
        """Best effort: a leftover file is harmless (its upload is gone or its hash mismatches)."""
        with contextlib.suppress(OSError):
            self.path.unlink()
