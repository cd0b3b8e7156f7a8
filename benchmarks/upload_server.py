"""The upload benchmark's server on 127.0.0.1: Revyl's build-upload API and an object store
that only counts and hashes what it receives (`keep_bytes=False`: not even that), so the
SDK's upload throughput is measured against a raw PUT to the same server, not against the
emulator's disk writes and artifact checks. Tests use the emulator (`revyl_sdk.testing`),
which also injects the upload faults this server can (see tests/uploads).
"""

from __future__ import annotations

import hashlib
import json
import re
import socket
import threading
import uuid
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

MiB = 1024 * 1024
SIGNATURE_MARK = "SECRETSIG"
STAGING_CONTENT_TYPE = "application/octet-stream"
_READ_CHUNK = 1 * MiB


@dataclass
class StoredObject:
    size: int = 0
    sha256: str = ""


@dataclass
class Multipart:
    upload_id: str
    version: str
    file_name: str
    size: int
    parts: dict[int, tuple[str, int, bytes]] = field(default_factory=dict)  # n -> etag, size, data
    completed: bool = False
    aborted: bool = False
    assembled: StoredObject | None = None


@dataclass
class Request:
    method: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]
    body: bytes = b""

    @property
    def is_store(self) -> bool:
        return self.path.startswith("/s3/")


class FakeRevyl:
    """Start with `with FakeRevyl() as server:`; `server.base_url` is the API base URL."""

    def __init__(self, *, platform: str = "Android", part_size: int = 1 * MiB,
                 multipart: bool = True, upload_session: bool = True,
                 keep_bytes: bool = True) -> None:
        self.app_id = str(uuid.uuid4())
        self.platform = platform
        self.part_size = part_size
        self.multipart_status: int | None = None if multipart else 405
        self.session_status: int | None = None if upload_session else 404
        self.keep_bytes = keep_bytes
        self.lock = threading.Lock()
        self.requests: list[Request] = []
        self.staged: dict[str, StoredObject] = {}
        self.uploads: dict[str, Multipart] = {}  # by s3 upload id
        self.legacy: dict[str, dict[str, Any]] = {}
        self.builds: list[dict[str, Any]] = []
        self.build_objects: dict[str, StoredObject] = {}  # build id -> its bytes' digest
        self.part_stores: Counter[tuple[str, int]] = Counter()  # successful part PUTs
        self.deleted_builds: list[str] = []
        self.signature_generation = 1
        # Fault injection
        self.part_statuses: dict[int, list[int]] = {}
        self.single_statuses: list[int] = []
        self.complete_replies: list[tuple[int, str, bool]] = []  # status, body, assemble first
        self.drops_after: tuple[int, int] | None = None  # (parts stored, times)
        self.expire_after: int | None = None
        self.stall_after: int | None = None
        self.strip_etag = False
        self.extract_error: str | None = None
        self.resume_status: int | None = None
        self.create_statuses: list[int] = []
        self.app_status: tuple[int, str] | None = None
        self._server: ThreadingHTTPServer | None = None

    # --- lifecycle -------------------------------------------------------------------------

    def __enter__(self) -> FakeRevyl:
        server = _QuietServer(("127.0.0.1", 0), _Handler)
        server.daemon_threads = True
        server.fake = self  # type: ignore[attr-defined]
        self._server = server
        threading.Thread(target=server.serve_forever, args=(0.01,), daemon=True).start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        assert self._server is not None
        self._server.shutdown()
        self._server.server_close()

    @property
    def base_url(self) -> str:
        assert self._server is not None
        return f"http://127.0.0.1:{self._server.server_port}"

    # --- queries for tests -----------------------------------------------------------------

    def api_requests(self) -> list[Request]:
        return [r for r in self.requests if not r.is_store]

    def store_requests(self) -> list[Request]:
        return [r for r in self.requests if r.is_store]

    def routes(self) -> list[str]:
        """`POST upload-session`-style summary of API calls, in order."""
        return [f"{r.method} {r.path.rsplit('/', 1)[-1] if '/builds' in r.path else 'app'}"
                for r in self.api_requests()]

    def build_sha256(self, build_id: str) -> str:
        return self.build_objects[build_id].sha256

    def total_parts_stored(self) -> int:
        return sum(self.part_stores.values())

    # --- URL minting -----------------------------------------------------------------------

    def presign(self, path: str, **query: str) -> str:
        params = "&".join(f"{k}={v}" for k, v in query.items())
        signature = (f"X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIAFAKE%2F20260101"
                     f"&X-Amz-Signature={SIGNATURE_MARK}{self.signature_generation:04d}deadbeef")
        return f"{self.base_url}{path}?{params + '&' if params else ''}{signature}"

    def multipart_plan(self, s3_id: str, upload: Multipart) -> dict[str, Any]:
        count = max(1, -(-upload.size // self.part_size))
        return {
            "upload_id": upload.upload_id,
            "s3_upload_id": s3_id,
            "part_size": self.part_size,
            "upload_expires_at": 2_000_000_000,
            "parts": [{"part_number": n, "upload_url": self.presign(f"/s3/mp/{s3_id}/{n}")}
                      for n in range(1, count + 1)],
            "complete_url": self.presign(f"/s3/mp/{s3_id}", uploadId=s3_id),
            "abort_url": self.presign(f"/s3/mp/{s3_id}", uploadId=s3_id),
        }


class _QuietServer(ThreadingHTTPServer):
    def handle_error(self, request: Any, client_address: Any) -> None:
        """Clients hanging up mid-request is what the fault tests are about: no tracebacks."""


def _signature_generation(query: dict[str, list[str]]) -> int:
    value = query.get("X-Amz-Signature", [""])[0]
    match = re.match(rf"{SIGNATURE_MARK}(\d+)", value)
    return int(match.group(1)) if match else -1


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # headers and body go out separately: avoid 40 ms stalls
    server: ThreadingHTTPServer

    @property
    def fake(self) -> FakeRevyl:
        fake: FakeRevyl = self.server.fake  # type: ignore[attr-defined]
        return fake

    def log_message(self, format: str, *args: Any) -> None:
        pass

    # --- plumbing --------------------------------------------------------------------------

    def _dispatch(self) -> None:
        url = urlsplit(self.path)
        query = parse_qs(url.query)
        headers = {k.lower(): v for k, v in self.headers.items()}
        request = Request(self.command, url.path, query, headers)
        with self.fake.lock:
            self.fake.requests.append(request)
        if request.is_store:
            self._store(request)
        else:
            length = int(headers.get("content-length", "0"))
            request.body = self.rfile.read(length) if length else b""
            self._api(request)

    do_GET = do_POST = do_PUT = do_DELETE = _dispatch

    def _reply(self, status: int, body: bytes = b"", headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _json(self, status: int, payload: Any) -> None:
        self._reply(status, json.dumps(payload).encode(), {"Content-Type": "application/json"})

    def _xml_error(self, status: int, code: str, message: str) -> None:
        body = (f"<?xml version='1.0'?><Error><Code>{code}</Code><Message>{message}</Message>"
                f"<SignatureProvided>{SIGNATURE_MARK}-echoed</SignatureProvided></Error>")
        self._reply(status, body.encode(), {"Content-Type": "application/xml"})

    def _drain(self, length: int) -> Iterator[memoryview]:
        """The request body in chunks; each view is only valid until the next one is read."""
        buffer = memoryview(bytearray(min(_READ_CHUNK, length)))  # reused: benchmarks stay cheap
        remaining = length
        while remaining:
            read = self.rfile.readinto(buffer[:min(len(buffer), remaining)])
            if not read:
                raise ConnectionError("client went away")
            remaining -= read
            yield buffer[:read]

    def _drop(self, length: int) -> None:
        """Read part of the body, then cut the connection without answering."""
        self.rfile.read(min(length // 2, 64 * 1024))
        self.close_connection = True
        self.connection.shutdown(socket.SHUT_RDWR)

    # --- Revyl API ---------------------------------------------------------------------------

    def _api(self, request: Request) -> None:
        fake = self.fake
        path, method = request.path, request.method
        if "authorization" not in request.headers:
            return self._json(401, {"detail": "Not authenticated"})
        body = json.loads(request.body) if request.body else {}
        app_prefix = f"/api/v1/apps/{fake.app_id}"
        if path.startswith("/api/v1/apps/") and not path.startswith(app_prefix) \
                and not path.startswith("/api/v1/apps/builds/"):
            return self._json(404, {"detail": "App not found"})
        if method == "GET" and path == app_prefix:
            if fake.app_status:
                return self._json(fake.app_status[0], {"detail": fake.app_status[1]})
            return self._json(200, {"id": fake.app_id, "name": "demo", "platform": fake.platform})
        if method == "POST" and path == f"{app_prefix}/builds/upload-session":
            if fake.session_status:
                return self._json(fake.session_status, {"detail": "Not Found"})
            upload_id = str(uuid.uuid4())
            return self._json(200, {
                "upload_id": upload_id, "upload_expires_at": 2_000_000_000,
                "upload_url": fake.presign(f"/s3/staging/{upload_id}"),
                "content_type": STAGING_CONTENT_TYPE,
            })
        if method == "POST" and path == f"{app_prefix}/builds/multipart-upload/start":
            if fake.multipart_status:
                return self._json(fake.multipart_status, {"detail": "Method Not Allowed"})
            s3_id = f"s3-{uuid.uuid4().hex}"
            upload = Multipart(str(uuid.uuid4()), body["version"], body["file_name"],
                               body["file_size"])
            with fake.lock:
                fake.uploads[s3_id] = upload
            return self._json(200, fake.multipart_plan(s3_id, upload))
        if method == "POST" and path == f"{app_prefix}/builds/multipart-upload/resume":
            return self._resume(body)
        if method == "POST" and path == f"{app_prefix}/builds":
            return self._create_build(body)
        if method == "POST" and path == f"{app_prefix}/builds/upload-url":
            version_id = str(uuid.uuid4())
            fake.legacy[version_id] = {"version": request.query["version"][0]}
            return self._json(200, {
                "version_id": version_id, "version": request.query["version"][0],
                "upload_url": fake.presign(f"/s3/legacy/{version_id}"),
                "upload_expires_at": 2_000_000_000, "content_type": STAGING_CONTENT_TYPE,
            })
        legacy = re.fullmatch(r"/api/v1/apps/builds/([^/]+)(/[a-z-]+)?", path)
        if legacy:
            return self._legacy(method, legacy.group(1), legacy.group(2) or "", body)
        return self._json(404, {"detail": "Not Found"})

    def _resume(self, body: dict[str, Any]) -> None:
        fake = self.fake
        if fake.resume_status:
            return self._json(fake.resume_status, {"detail": "cannot resume"})
        upload = fake.uploads.get(body["s3_upload_id"])
        if upload is None or upload.upload_id != body["upload_id"] or upload.completed \
                or upload.aborted:
            return self._json(410, {"detail": "upload is gone"})
        plan = fake.multipart_plan(body["s3_upload_id"], upload)
        with fake.lock:
            plan["uploaded_parts"] = [
                {"part_number": n, "etag": etag, "size": size}
                for n, (etag, size, _) in sorted(upload.parts.items())
            ]
        return self._json(200, plan)

    def _create_build(self, body: dict[str, Any]) -> None:
        fake = self.fake
        if fake.create_statuses:
            return self._json(fake.create_statuses.pop(0), {"detail": "injected failure"})
        upload_id = body["upload_id"]
        stored = fake.staged.get(upload_id) or next(
            (u.assembled for u in fake.uploads.values()
             if u.upload_id == upload_id and u.assembled), None)
        if stored is None:
            return self._json(404, {"detail": "Upload not found"})
        if any(b["version"] == body["version"] for b in fake.builds):
            return self._json(409, {"detail": "Version already exists"})
        build = {
            "id": str(uuid.uuid4()), "app_id": fake.app_id, "version": body["version"],
            "package_name": "com.example.demo", "metadata": body.get("metadata") or {},
            "artifact_url": "s3://builds/demo", "was_reused": False,
            "set_as_current": body.get("set_as_current", False),
        }
        with fake.lock:
            fake.builds.append(build)
            fake.build_objects[build["id"]] = stored
        return self._json(200, {k: v for k, v in build.items() if k != "set_as_current"})

    def _legacy(self, method: str, version_id: str, action: str, body: dict[str, Any]) -> None:
        fake = self.fake
        row = fake.legacy.get(version_id)
        if row is None:
            return self._json(404, {"detail": "Build not found"})
        if method == "DELETE" and not action:
            fake.deleted_builds.append(version_id)
            return self._json(200, {"deleted": True})
        if method == "POST" and action == "/extract-package-id":
            if fake.extract_error:
                return self._json(200, {"package_id": None, "error": fake.extract_error})
            return self._json(200, {"package_id": "com.example.legacy", "error": None})
        if method == "POST" and action == "/complete-upload":
            row["completed"] = body
            fake.build_objects[version_id] = row["object"]
            return self._json(200, {"version": row["version"]})
        return self._json(404, {"detail": "Not Found"})

    # --- object store ------------------------------------------------------------------------

    def _store(self, request: Request) -> None:
        fake = self.fake
        length = int(request.headers.get("content-length", "0"))
        parts = request.path.split("/")  # ['', 's3', kind, id, (n)]
        kind, key = parts[2], parts[3]
        expired = _signature_generation(request.query) < fake.signature_generation
        if request.method == "PUT" and kind == "mp":
            return self._put_part(key, int(parts[4]), length, expired)
        if request.method == "PUT" and kind in ("staging", "legacy", "raw"):
            return self._put_object(kind, key, length)
        if request.method == "POST" and kind == "mp":
            request.body = self.rfile.read(length)
            return self._complete(key, request.body.decode())
        if request.method == "DELETE" and kind == "mp":
            fake.uploads[key].aborted = True
            return self._reply(204)
        return self._xml_error(400, "InvalidRequest", "unknown store route")

    def _put_object(self, kind: str, key: str, length: int) -> None:
        fake = self.fake
        if fake.single_statuses:
            status = fake.single_statuses.pop(0)
            for _ in self._drain(length):
                pass
            return self._xml_error(status, "InternalError", "injected failure")
        digest = hashlib.sha256()
        for chunk in self._drain(length):
            if fake.keep_bytes:
                digest.update(chunk)
        stored = StoredObject(length, digest.hexdigest())
        if kind == "staging":
            fake.staged[key] = stored
        elif kind == "legacy":
            fake.legacy[key]["object"] = stored
        return self._reply(200, headers={"ETag": '"single"'})

    def _put_part(self, s3_id: str, number: int, length: int, expired: bool) -> None:
        fake = self.fake
        with fake.lock:
            stored_so_far = fake.total_parts_stored()
            if fake.expire_after is not None and stored_so_far >= fake.expire_after:
                fake.expire_after = None
                fake.signature_generation += 1
                expired = True
            drop = fake.drops_after is not None and stored_so_far >= fake.drops_after[0]
            if drop:
                assert fake.drops_after is not None
                remaining = fake.drops_after[1] - 1
                fake.drops_after = (fake.drops_after[0], remaining) if remaining else None
            stalled = fake.stall_after is not None and stored_so_far >= fake.stall_after
            statuses = fake.part_statuses.get(number)
            injected = statuses.pop(0) if statuses and not (drop or expired) else None
        if drop:
            return self._drop(length)
        if expired:
            for _ in self._drain(length):
                pass
            return self._xml_error(403, "AccessDenied", "Request has expired")
        if stalled or injected:
            for _ in self._drain(length):
                pass
            return self._xml_error(injected or 503, "SlowDown", "injected failure")
        md5 = hashlib.md5()
        data = bytearray()
        for chunk in self._drain(length):
            if fake.keep_bytes:
                md5.update(chunk)
                data += chunk
        etag = f'"{md5.hexdigest()}-{number}"'
        with fake.lock:
            upload = fake.uploads[s3_id]
            upload.parts[number] = (etag, length, bytes(data))
            fake.part_stores[(s3_id, number)] += 1
        return self._reply(200, headers={} if fake.strip_etag else {"ETag": etag})

    def _complete(self, s3_id: str, body: str) -> None:
        fake = self.fake
        upload = fake.uploads[s3_id]
        reply = fake.complete_replies.pop(0) if fake.complete_replies else None
        if reply and not reply[2]:
            return self._reply(reply[0], reply[1].encode(), {"Content-Type": "application/xml"})
        if upload.completed or upload.aborted:
            return self._xml_error(404, "NoSuchUpload", "The specified upload does not exist")
        listed = re.findall(r"<Part><PartNumber>(\d+)</PartNumber><ETag>([^<]*)</ETag></Part>",
                            body)
        numbers = [int(n) for n, _ in listed]
        if numbers != sorted(upload.parts) or numbers != list(range(1, len(numbers) + 1)):
            return self._xml_error(400, "InvalidPartOrder", f"got parts {numbers}")
        for n, etag in listed:
            if upload.parts[int(n)][0] != etag.replace("&quot;", '"'):
                return self._xml_error(400, "InvalidPart", f"part {n} etag mismatch")
        digest = hashlib.sha256()
        for n in numbers:
            digest.update(upload.parts[n][2])
        upload.assembled = StoredObject(sum(p[1] for p in upload.parts.values()),
                                        digest.hexdigest())
        upload.completed = True
        if reply:  # assembled, but the answer is lost or wrong
            return self._reply(reply[0], reply[1].encode(), {"Content-Type": "application/xml"})
        result = ("<?xml version='1.0'?><CompleteMultipartUploadResult><Bucket>b</Bucket>"
                  "<Key>k</Key></CompleteMultipartUploadResult>")
        return self._reply(200, result.encode(), {"Content-Type": "application/xml"})
