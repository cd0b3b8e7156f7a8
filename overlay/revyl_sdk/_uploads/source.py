"""The bytes being uploaded: a file on disk or a caller's seekable binary file object.

Reads are positional (`os.pread` on a file the SDK opened, else seek and read under a
lock), so parallel part uploads share one handle; nothing ever holds more than the chunk
being sent.
"""

from __future__ import annotations

import hashlib
import io
import os
import threading
import zipfile
from typing import IO, cast

from .errors import InvalidArtifactError, UploadError

__all__ = ["FileInput", "UploadSource"]

FileInput = str | os.PathLike[str] | IO[bytes]

_HASH_CHUNK = 4 * 1024 * 1024
# A read that fails instead of waiting for the disk (Linux): lets an event loop read what
# the page cache holds without a thread hop per chunk.
_NOWAIT: int | None = getattr(os, "RWF_NOWAIT", None) if hasattr(os, "preadv") else None
_PAGE = 4096


class UploadSource:
    """Random-access reads of an upload's bytes, from offset 0 to `size`."""

    def __init__(self, handle: IO[bytes], *, name: str, size: int, path: str | None,
                 owned: bool) -> None:
        self.name = name
        self.size = size
        self.path = path  # absolute path on disk, when there is one (needed to resume)
        self.label = path or name  # how messages name the file
        self._handle = handle
        self._owned = owned
        self._lock = threading.Lock()
        # Positional reads need no lock, but only on a file the SDK opened: a caller's object
        # may not read what its descriptor holds (a decompressing wrapper, unflushed writes).
        self._fd = handle.fileno() if owned and hasattr(os, "pread") else None
        self._nowait = _NOWAIT if self._fd is not None else None

    def __repr__(self) -> str:
        return f"UploadSource(name={self.name!r}, size={self.size})"

    @classmethod
    def open(cls, file: FileInput, file_name: str | None = None) -> UploadSource:
        """Open `file` for upload; a clear `InvalidArtifactError` if it is missing, unreadable or empty."""
        if isinstance(file, str | os.PathLike):
            return cls._open_path(os.path.abspath(os.fspath(file)), file_name)
        return cls._wrap(file, file_name)

    @classmethod
    def _open_path(cls, path: str, file_name: str | None) -> UploadSource:
        if os.path.isdir(path):
            hint = " (zip the .app bundle first)" if path.rstrip("/").endswith(".app") else ""
            raise InvalidArtifactError(f"{path}: is a directory, not a build file{hint}")
        try:
            handle = open(path, "rb")  # noqa: SIM115 - owned by the source, closed by close()
        except FileNotFoundError:
            raise InvalidArtifactError(f"{path}: no such file") from None
        except OSError as error:
            raise InvalidArtifactError(f"{path}: cannot be read ({error.strerror})") from None
        size = os.fstat(handle.fileno()).st_size
        source = cls(handle, name=file_name or os.path.basename(path), size=size, path=path,
                     owned=True)
        source._check_not_empty(path)
        return source

    @classmethod
    def _wrap(cls, file: IO[bytes], file_name: str | None) -> UploadSource:
        label = file_name or _name_of(file) or repr(file)
        if isinstance(file, io.TextIOBase):
            raise InvalidArtifactError(f"{label}: open the file in binary mode ('rb')")
        if not (hasattr(file, "read") and file.readable() and file.seekable()):
            raise InvalidArtifactError(f"{label}: file objects must be readable, binary and seekable")
        name = file_name or os.path.basename(_name_of(file))
        if not name:
            raise InvalidArtifactError(
                f"{label}: pass file_name=... (e.g. 'app.apk') for a file object without a name"
            )
        size = file.seek(0, os.SEEK_END)
        disk_path = _name_of(file)
        path = os.path.abspath(disk_path) if disk_path and os.path.isfile(disk_path) else None
        source = cls(file, name=name, size=size, path=path, owned=False)
        source._check_not_empty(label)
        return source

    def _check_not_empty(self, label: str) -> None:
        if self.size == 0:
            self.close()
            raise InvalidArtifactError(f"{label}: file is empty")

    def read_at(self, offset: int, length: int) -> bytes:
        """Exactly `length` bytes from `offset`; the file shrinking mid-upload is an error."""
        if self._fd is not None:
            data = os.pread(self._fd, length, offset)
        else:
            with self._lock:
                self._handle.seek(offset)
                data = self._handle.read(length)
        if len(data) != length:
            raise UploadError(f"{self.label}: the file changed size while it was being uploaded")
        return data

    def in_memory(self, offset: int, length: int) -> bool:
        """Whether `read_at(offset, length)` would find the bytes in the page cache, so that an
        event loop may read them itself (for a file the SDK opened, where the OS can tell).

        Probes the range's last page with a read that fails rather than waits: pages come
        into the cache in file order, so a cached last page means a recently read range.
        """
        if self._nowait is None:
            return False
        end = offset + length
        probe_at = max(offset, end - _PAGE)
        try:
            read = os.preadv(cast(int, self._fd), [bytearray(end - probe_at)], probe_at, self._nowait)
        except BlockingIOError:
            return False
        except OSError:  # a file system without non-blocking reads: stop asking
            self._nowait = None
            return False
        return read == end - probe_at

    def sha256(self) -> str:
        """Hex SHA-256 of the whole content, read in chunks (identifies a resumable upload)."""
        digest = hashlib.sha256()
        for offset in range(0, self.size, _HASH_CHUNK):
            digest.update(self.read_at(offset, min(_HASH_CHUNK, self.size - offset)))
        return digest.hexdigest()

    def zip_entries(self) -> list[str]:
        """Names inside the file read as a zip archive (only its central directory is read)."""
        with self._lock:
            try:
                with zipfile.ZipFile(self._handle) as archive:
                    return archive.namelist()
            except (zipfile.BadZipFile, EOFError):
                raise InvalidArtifactError(f"{self.label}: not a valid zip archive") from None

    def close(self) -> None:
        if self._owned:
            self._handle.close()


def _name_of(file: IO[bytes]) -> str:
    name = getattr(file, "name", None)
    return name if isinstance(name, str) else ""
