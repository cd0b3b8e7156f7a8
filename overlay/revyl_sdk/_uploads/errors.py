"""Errors specific to uploading builds, on top of the API's own `APIStatusError` family."""

from __future__ import annotations

from .._core.exceptions import RevylError

__all__ = ["InvalidArtifactError", "UploadError", "UploadInterruptedError"]


class InvalidArtifactError(RevylError):
    """The file cannot be a build of this app; raised before any upload request is sent."""


class UploadError(RevylError):
    """The object store refused an upload step, or kept failing it.

    `status_code` is the object store's HTTP status when it answered; `resumable` is True
    when calling `upload(..., resume=True)` again re-sends only the parts still missing.
    Messages never contain a presigned URL.
    """

    def __init__(self, message: str, *, status_code: int | None = None,
                 resumable: bool = False) -> None:
        super().__init__(message)
        self.status_code = status_code
        self.resumable = resumable


class UploadInterruptedError(UploadError):
    """The upload stopped making progress (network or object store down) part-way through."""
