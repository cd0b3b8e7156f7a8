"""`/api/v1/files/*`: org files, uploaded through presigned URLs of the object store."""

from __future__ import annotations

import uuid
from typing import Annotated, Any

from fastapi import APIRouter, Query, Response

from ..._server.deps import LockedStore
from ..._server.manage_bodies import FileComplete, FileUpdate, FileUpload
from . import ops, shapes

router = APIRouter()


@router.get("/api/v1/files/")
async def list_files(store: LockedStore, limit: Annotated[int, Query(ge=1, le=1000)] = 100,
                     offset: Annotated[int, Query(ge=0)] = 0) -> dict[str, Any]:
    return shapes.listing(ops.listing(store), offset, limit)


@router.post("/api/v1/files/upload-url", status_code=201)
async def upload_url(store: LockedStore, body: FileUpload) -> dict[str, Any]:
    row, url = ops.grant(store, None, body.filename, body.file_size, body.content_type, body.description)
    return shapes.granted(store, row, url)


@router.put("/api/v1/files/{file_id}/replace-url")
async def replace_url(store: LockedStore, file_id: uuid.UUID, body: FileUpload) -> dict[str, Any]:
    row, url = ops.grant(store, str(file_id), body.filename, body.file_size, body.content_type, body.description)
    return shapes.granted(store, row, url)


@router.post("/api/v1/files/{file_id}/complete-upload")
async def complete_upload(store: LockedStore, file_id: uuid.UUID, body: FileComplete) -> dict[str, Any]:
    return shapes.file(ops.complete(store, str(file_id), body.model_dump(exclude_unset=True)))


@router.get("/api/v1/files/{file_id}/download-url")
async def download_url(store: LockedStore, file_id: uuid.UUID) -> dict[str, Any]:
    return shapes.download(store, *ops.download_url(store, str(file_id)))


@router.put("/api/v1/files/{file_id}")
async def update_file(store: LockedStore, file_id: uuid.UUID, body: FileUpdate) -> dict[str, Any]:
    return shapes.file(ops.update(store, str(file_id), body.filename, body.description))


@router.delete("/api/v1/files/{file_id}", status_code=204)
async def delete_file(store: LockedStore, file_id: uuid.UUID) -> Response:
    ops.delete(store, str(file_id))
    return Response(status_code=204)
