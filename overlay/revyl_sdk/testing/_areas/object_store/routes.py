"""The S3 side of uploads: presigned PUTs, multipart parts, CompleteMultipartUpload, abort.

Answers the way S3 does, in XML with S3's error codes: quoted MD5 ETags, `NoSuchUpload`
after completion, `InvalidPart`/`InvalidPartOrder`/`EntityTooSmall` on a bad completion,
and refusals for a bad or expired signature, a second auth mechanism, or a missing
Content-Length.
"""

from __future__ import annotations

import hashlib
import shutil
import uuid
import xml.etree.ElementTree as ElementTree
from pathlib import Path
from xml.sax.saxutils import escape

from fastapi import APIRouter, Request, Response
from fastapi.responses import FileResponse
from starlette.convertors import Convertor, register_url_convertor

from ..._server.deps import UnlockedStore
from ..._state.objects import BUCKET, PREFIX, check
from ..._state.store import Store
from .ops import part_path


class _ObjectKey(Convertor[str]):
    """Any object key, control characters included: S3 answers every key, so must the emulator."""

    regex = r"[\s\S]*"  # `path` stops at a newline, which would leave a JSON 404 from the router

    def convert(self, value: str) -> str:
        return value

    def to_string(self, value: str) -> str:
        return value


register_url_convertor("object_key", _ObjectKey())
router = APIRouter()
_KEY = PREFIX + "{key:object_key}"

_S3_MIN_PART = 5 * 1024 * 1024
_STATUS = {"AccessDenied": 403, "SignatureDoesNotMatch": 403, "NoSuchUpload": 404,
           "NoSuchKey": 404, "MissingContentLength": 411}


def s3_error(code: str, message: str) -> Response:
    body = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            f"<Error><Code>{code}</Code><Message>{escape(message)}</Message>"
            f"<RequestId>{uuid.uuid4().hex[:16].upper()}</RequestId></Error>")
    return Response(body, status_code=_STATUS.get(code, 400), media_type="application/xml")


def _key(request: Request) -> str:
    return str(request.path_params["key"])


def _refused(request: Request, store: Store, *, signed_type: bool) -> Response | None:
    """S3's answer when the request is not a properly presigned one, else None."""
    query = dict(request.query_params)
    if "authorization" in request.headers and "X-Amz-Signature" in query:
        return s3_error("InvalidArgument", "Only one auth mechanism allowed; only the "
                        "X-Amz-Algorithm query parameter, Signature query string parameter "
                        "or the Authorization header should be specified")
    raw_path = request.scope.get("raw_path", b"").decode() or request.url.path
    content_type = request.headers.get("content-type") if signed_type else None
    problem = check(store.objects.signing_key, request.method, raw_path, query, content_type)
    return s3_error(*problem) if problem else None


async def _receive(request: Request, target: Path) -> Response | tuple[str, int]:
    """Stream the body to `target`; the quoted MD5 ETag and size, or S3's refusal."""
    if "content-length" not in request.headers or "chunked" in request.headers.get(
            "transfer-encoding", "").lower():
        return s3_error("MissingContentLength", "You must provide the Content-Length HTTP header.")
    target.parent.mkdir(parents=True, exist_ok=True)
    digest, size = hashlib.md5(usedforsecurity=False), 0
    with target.open("wb") as out:
        async for chunk in request.stream():
            digest.update(chunk)
            size += len(chunk)
            out.write(chunk)
    return f'"{digest.hexdigest()}"', size


@router.put(_KEY)
async def put_object(request: Request, store: UnlockedStore) -> Response:
    query = request.query_params
    is_part = "uploadId" in query and "partNumber" in query
    refusal = _refused(request, store, signed_type=not is_part)
    if refusal is not None:
        return refusal
    if not is_part:
        received = await _receive(request, store.objects.path(_key(request)))
        if isinstance(received, Response):
            return received
        return Response(status_code=200, headers={"ETag": received[0]})
    upload = store.objects.multiparts.get(query["uploadId"])
    if upload is None or upload.state != "open" or upload.key != _key(request):
        return s3_error("NoSuchUpload", "The specified upload does not exist. The upload ID "
                        "may be invalid, or the upload may have been aborted or completed.")
    number = int(query["partNumber"])
    if not 1 <= number <= 10_000:
        return s3_error("InvalidArgument", "Part number must be an integer between 1 and 10000")
    received = await _receive(request, part_path(store, query["uploadId"], number))
    if isinstance(received, Response):
        return received
    upload.parts[number] = received
    return Response(status_code=200, headers={"ETag": received[0]})


def _parse_completion(body: bytes) -> list[tuple[int, str]] | None:
    try:
        root = ElementTree.fromstring(body)
    except ElementTree.ParseError:
        return None
    parts = []
    for element in root.iter():
        if element.tag.rsplit("}", 1)[-1] != "Part":
            continue
        fields = {child.tag.rsplit("}", 1)[-1]: (child.text or "").strip() for child in element}
        if not fields.get("PartNumber", "").isdigit() or "ETag" not in fields:
            return None
        parts.append((int(fields["PartNumber"]), fields["ETag"]))
    return parts or None


@router.post(_KEY)
async def complete_multipart(request: Request, store: UnlockedStore) -> Response:
    refusal = _refused(request, store, signed_type=False)
    if refusal is not None:
        return refusal
    upload = store.objects.multiparts.get(request.query_params.get("uploadId", ""))
    if upload is None or upload.state != "open":
        return s3_error("NoSuchUpload", "The specified upload does not exist. The upload ID "
                        "may be invalid, or the upload may have been aborted or completed.")
    parts = _parse_completion(await request.body())
    if parts is None:
        return s3_error("MalformedXML", "The XML you provided was not well-formed or did not "
                        "validate against our published schema")
    numbers = [number for number, _ in parts]
    if numbers != sorted(set(numbers)):
        return s3_error("InvalidPartOrder", "The list of parts was not in ascending order. "
                        "Parts must be ordered by part number.")
    minimum = min(_S3_MIN_PART, store.settings.part_size)
    for index, (number, etag) in enumerate(parts):
        stored = upload.parts.get(number)
        if stored is None or stored[0].strip('"') != etag.strip('"'):
            return s3_error("InvalidPart", "One or more of the specified parts could not be "
                            "found. The part may not have been uploaded, or the specified "
                            "entity tag may not match the part's entity tag.")
        if index < len(parts) - 1 and stored[1] < minimum:
            return s3_error("EntityTooSmall", "Your proposed upload is smaller than the minimum "
                            "allowed object size.")
    target = store.objects.path(upload.key)
    target.parent.mkdir(parents=True, exist_ok=True)
    combined = hashlib.md5(usedforsecurity=False)
    with target.open("wb") as out:
        for number, _ in parts:
            with part_path(store, request.query_params["uploadId"], number).open("rb") as part:
                shutil.copyfileobj(part, out)
            combined.update(bytes.fromhex(upload.parts[number][0].strip('"')))
    upload.state = "completed"
    etag = f'"{combined.hexdigest()}-{len(parts)}"'
    body = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            '<CompleteMultipartUploadResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/">'
            f"<Location>{escape(str(request.url).split('?')[0])}</Location>"
            f"<Bucket>{BUCKET}</Bucket><Key>{escape(upload.key)}</Key><ETag>{escape(etag)}</ETag>"
            "</CompleteMultipartUploadResult>")
    return Response(body, status_code=200, media_type="application/xml")


@router.delete(_KEY)
async def abort_multipart(request: Request, store: UnlockedStore) -> Response:
    refusal = _refused(request, store, signed_type=False)
    if refusal is not None:
        return refusal
    s3_upload_id = request.query_params.get("uploadId", "")
    upload = store.objects.multiparts.get(s3_upload_id)
    if upload is None or upload.state == "completed":
        return s3_error("NoSuchUpload", "The specified upload does not exist.")
    upload.state = "aborted"
    shutil.rmtree(store.objects.path(f".multipart/{s3_upload_id}"), ignore_errors=True)
    return Response(status_code=204)


@router.get(_KEY)
async def get_object(request: Request, store: UnlockedStore) -> Response:
    refusal = _refused(request, store, signed_type=False)
    if refusal is not None:
        return refusal
    path = store.objects.path(_key(request))
    if not path.is_file():
        return s3_error("NoSuchKey", "The specified key does not exist.")
    return FileResponse(path, media_type="application/octet-stream")

