"""Org files' bytes: the presigned PUT of an upload and the GET of a download, free of I/O.

An upload is three steps (MANAGEMENT.md §4): ask for an upload URL (the API creates the
file's row), PUT the bytes there with the content type it returned, then complete it. A
replacement asks `replace-url` instead. The presigned URLs carry signatures: errors name
them with the signature hidden.
"""

from __future__ import annotations

import mimetypes
import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import httpx

from .._core.base_client import APICall
from .._core.calls import build_model, call, require_uuid
from .._core.exceptions import RevylError
from .._core.logging import redact_url
from .._core.resource import RequestOptions
from .._core.retry import Safety

if TYPE_CHECKING:  # at run time, builders import the generated code they send (see _core/resource.py)
    from revyl_api.models import OrgFile, OrgFileDownloadUrlResponse, OrgFileUploadResponse

TRANSFER_TIMEOUT = httpx.Timeout(300.0, connect=10.0)


@dataclass(frozen=True)
class FileUpload:
    """One upload or replacement of an org file from `path`, checked before any request."""

    path: Path
    size: int
    content_type: str
    fields: dict[str, Any]
    replacing: str | None = None

    @classmethod
    def of(cls, path: str | os.PathLike[str], *, replacing: str | None, display_name: str | None,
           description: str | None, content_type: str | None) -> FileUpload:
        source = Path(path)
        if not source.is_file():
            raise RevylError(f"{source} is not a file")
        size = source.stat().st_size
        if size == 0:
            raise RevylError(f"{source} is empty: there is nothing to upload")
        kind = content_type or mimetypes.guess_type(source.name)[0] or "application/octet-stream"
        given = {"display_name": display_name, "description": description}
        fields = {"filename": source.name, "file_size": size, "content_type": kind,
                  **{key: value for key, value in given.items() if value is not None}}
        return cls(source, size, kind, fields, None if replacing is None else require_uuid(replacing, "file_id"))

    def grant_call(self, options: RequestOptions) -> APICall[OrgFileUploadResponse]:
        from revyl_api.api.org_files import get_replace_url, get_upload_url
        from revyl_api.models import OrgFileUploadRequest, OrgFileUploadResponse

        body = build_model(OrgFileUploadRequest, self.fields, "file upload")
        if self.replacing is not None:
            return call(get_replace_url, OrgFileUploadResponse, file_id=self.replacing, body=body, **options)
        return call(get_upload_url, OrgFileUploadResponse, safety=Safety.UNSAFE, body=body, **options)

    def put_request(self, http: httpx.Client | httpx.AsyncClient, grant: OrgFileUploadResponse) -> httpx.Request:
        """The PUT of the bytes to the presigned URL (no API key: the URL is the credential)."""
        return http.build_request("PUT", grant.upload_url, content=self.path.read_bytes(), timeout=TRANSFER_TIMEOUT,
                                  headers={"Content-Type": grant.content_type or self.content_type})

    def check_put(self, response: httpx.Response) -> None:
        if response.status_code >= 300:
            raise RevylError(f"uploading {self.path.name} to {redact_url(response.request.url)} failed: "
                             f"HTTP {response.status_code}; the file was not completed")

    def complete_call(self, grant: OrgFileUploadResponse, options: RequestOptions) -> APICall[OrgFile]:
        from revyl_api.api.org_files import complete_upload
        from revyl_api.models import OrgFile, OrgFileCompleteUploadRequest

        fields = {"filename": self.path.name, "file_size": self.size, "content_type": self.content_type,
                  **({"s3_key": grant.s3_key} if isinstance(grant.s3_key, str) else {}),
                  **({"description": self.fields["description"]} if "description" in self.fields else {})}
        return call(complete_upload, OrgFile, file_id=str(grant.file.id),
                    body=build_model(OrgFileCompleteUploadRequest, fields, "file completion"), **options)


def download_url_call(file_id: str, options: RequestOptions) -> APICall[OrgFileDownloadUrlResponse]:
    from revyl_api.api.org_files import get_file_download_url
    from revyl_api.models import OrgFileDownloadUrlResponse

    return call(get_file_download_url, OrgFileDownloadUrlResponse, file_id=require_uuid(file_id, "file_id"),
                **options)


def download_target(destination: str | os.PathLike[str], filename: str) -> Path:
    """Where a download lands: into `destination` if it is a directory, else at that path."""
    target = Path(destination)
    if target.is_dir():
        target = target / Path(filename).name
    if not target.parent.is_dir():
        raise RevylError(f"cannot download to {target}: {target.parent} is not a directory")
    return target


def check_download(response: httpx.Response, filename: str) -> None:
    if response.status_code >= 300:
        raise RevylError(f"downloading {filename} from {redact_url(response.request.url)} failed: "
                         f"HTTP {response.status_code}")


def partial(target: Path) -> Path:
    """Bytes go here first and are renamed when complete: a failed download leaves no half file."""
    return target.with_name(target.name + ".part")
