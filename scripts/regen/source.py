"""Pull and validate passes: get the spec bytes from a file or URL, and make sure they are an
OpenAPI 3.x document before anything on disk is touched."""

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import yaml

from regen.errors import RegenError
from regen.spec import Spec

PUBLIC_SPEC_URL = "https://backend.revyl.ai/openapi.json"
# Where the reference material sits beside a checkout (see ../shared/README.md).
SHARED_SPEC = Path("..") / "shared" / "revyl-openapi" / "openapi.json"
FETCH_TIMEOUT_SECONDS = 30.0


@dataclass(frozen=True)
class PulledSpec:
    source: str  # as recorded in the lock: URL, or path relative to the repo root
    raw: bytes
    document: Spec


def default_source(root: Path) -> str:
    local = root / SHARED_SPEC
    return str(local) if local.is_file() else PUBLIC_SPEC_URL


def is_url(source: str) -> bool:
    return source.startswith(("http://", "https://"))


def pull(source: str, root: Path) -> PulledSpec:
    raw = _fetch(source) if is_url(source) else _read(Path(source))
    recorded = source if is_url(source) else _relative_to(Path(source), root)
    return PulledSpec(source=recorded, raw=raw, document=parse_openapi(raw, source))


def _fetch(url: str) -> bytes:
    try:
        response = httpx.get(url, timeout=FETCH_TIMEOUT_SECONDS, follow_redirects=True)
    except httpx.HTTPError as error:
        raise RegenError(f"cannot fetch {url}: {type(error).__name__}: {error}") from error
    if response.status_code != 200:
        raise RegenError(f"cannot fetch {url}: HTTP {response.status_code} {response.reason_phrase}")
    return response.content


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError as error:
        raise RegenError(f"spec file not found: {path}") from error
    except OSError as error:
        raise RegenError(f"cannot read spec file {path}: {error.strerror}") from error


def _relative_to(path: Path, root: Path) -> str:
    # Relative, so the lock reads the same on every machine; symlinks (../shared) kept as given.
    return Path(os.path.relpath(os.path.abspath(path), root.resolve())).as_posix()


def parse_openapi(raw: bytes, source: str) -> Spec:
    """Decode JSON or YAML and check it is an OpenAPI 3.x document; RegenError otherwise."""
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise RegenError(f"{source} is not UTF-8 text") from error
    start = text.lstrip()[:1]
    if start == "<":
        raise RegenError(f"{source} is an HTML/XML page, not an OpenAPI document")
    document = _decode_json(text, source) if start in ("{", "[") else _decode_yaml(text, source)
    _check_openapi(document, source)
    return document  # type: ignore[no-any-return]


def _decode_json(text: str, source: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise RegenError(
            f"{source} is not valid JSON (truncated?): {error.msg} at line {error.lineno} column {error.colno}"
        ) from error


def _decode_yaml(text: str, source: str) -> Any:
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        return yaml.load(text, Loader=loader)  # CSafeLoader or SafeLoader: never builds objects
    except yaml.YAMLError as error:
        where = getattr(error, "problem_mark", None)
        at = f" at line {where.line + 1}" if where is not None else ""
        raise RegenError(f"{source} is neither valid JSON nor valid YAML{at}") from error


def _check_openapi(document: Any, source: str) -> None:
    if not isinstance(document, dict):
        raise RegenError(f"{source} is not an OpenAPI document (top level is not an object)")
    version = document.get("openapi")
    if not isinstance(version, str):
        found = "Swagger 2.0" if "swagger" in document else "no 'openapi' field"
        raise RegenError(f"{source} is not an OpenAPI 3.x document ({found})")
    if not version.startswith("3."):
        raise RegenError(f"{source} is OpenAPI {version}; only 3.x is supported")
    for field in ("info", "paths"):
        if not isinstance(document.get(field), dict):
            raise RegenError(f"{source} is not a usable OpenAPI document: '{field}' is missing")
