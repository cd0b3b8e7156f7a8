"""Anything that is not an OpenAPI 3.x document: one error line, exit 2, nothing touched."""

from __future__ import annotations

import http.server
import socket
import threading
from collections.abc import Iterator
from functools import partial
from pathlib import Path

import pytest
from regen.errors import RegenError
from regen.source import parse_openapi
from regen_helpers import PINNED_SPEC, run_regen


@pytest.fixture
def checkout(tmp_path: Path) -> Path:
    """A checkout-shaped directory holding a previous regen's outputs."""
    root = tmp_path / "repo"
    (root / "generated" / "revyl_api").mkdir(parents=True)
    (root / "generated" / "revyl_api" / "__init__.py").write_text("# previous client\n")
    (root / "openapi.json").write_text('{"previous": true}\n')
    (root / "openapi.lock.json").write_text('{"previous": true}\n')
    return root


def snapshot(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in root.rglob("*") if p.is_file()}


@pytest.fixture
def web_server(tmp_path: Path) -> Iterator[str]:
    """http://127.0.0.1:<free port>/ serving a directory with an HTML page in it."""
    site = tmp_path / "site"
    site.mkdir()
    (site / "index.html").write_text("<!DOCTYPE html><html><body>502 Bad Gateway</body></html>")

    class QuietHandler(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), partial(QuietHandler, directory=str(site)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def closed_port_url() -> str:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}/openapi.json"


def assert_one_line_error(result: object, expected: str) -> None:
    stderr = result.stderr  # type: ignore[attr-defined]
    assert result.returncode == 2, stderr  # type: ignore[attr-defined]
    assert "Traceback" not in stderr
    lines = stderr.strip().splitlines()
    assert len(lines) == 1, stderr
    assert lines[0].startswith("regen: error: ")
    assert expected in lines[0]


def bad_file(tmp_path: Path, name: str, content: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(content)
    return path


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("truncated.json", PINNED_SPEC.read_bytes()[:50_000], "not valid JSON (truncated?)"),
        ("error.html", b"<!DOCTYPE html><html><body>Oops</body></html>", "HTML/XML page"),
        ("swagger.json", b'{"swagger": "2.0", "info": {}, "paths": {}}', "Swagger 2.0"),
        ("list.yaml", b"- just\n- a list\n", "top level is not an object"),
        ("empty.json", b"", "top level is not an object"),
        ("broken.yaml", b"openapi: 3.1.0\npaths: {unclosed\n", "neither valid JSON nor valid YAML"),
    ],
)
def test_bad_spec_files(tmp_path: Path, checkout: Path, name: str, content: bytes, expected: str) -> None:
    before = snapshot(checkout)
    result = run_regen("--root", checkout, "--spec", bad_file(tmp_path, name, content))
    assert_one_line_error(result, expected)
    assert snapshot(checkout) == before


def test_missing_file(tmp_path: Path, checkout: Path) -> None:
    before = snapshot(checkout)
    result = run_regen("--root", checkout, "--spec", tmp_path / "nope.json")
    assert_one_line_error(result, "spec file not found")
    assert snapshot(checkout) == before


def test_http_404(checkout: Path, web_server: str) -> None:
    before = snapshot(checkout)
    result = run_regen("--root", checkout, "--spec", f"{web_server}/openapi.json")
    assert_one_line_error(result, "HTTP 404")
    assert snapshot(checkout) == before


def test_html_page_from_a_url(checkout: Path, web_server: str) -> None:
    before = snapshot(checkout)
    result = run_regen("--root", checkout, "--spec", f"{web_server}/index.html")
    assert_one_line_error(result, "HTML/XML page")
    assert snapshot(checkout) == before


def test_connection_refused(checkout: Path) -> None:
    before = snapshot(checkout)
    result = run_regen("--root", checkout, "--spec", closed_port_url())
    assert_one_line_error(result, "cannot fetch")
    assert snapshot(checkout) == before


def test_out_mode_creates_nothing_on_bad_input(tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = run_regen("--out", out, "--spec", tmp_path / "nope.json")
    assert_one_line_error(result, "spec file not found")
    assert not out.exists()


def test_usage_mistakes_are_one_line_too() -> None:
    result = run_regen("--check", "--out", "x")
    assert_one_line_error(result, "not allowed with argument")


def test_yaml_openapi_is_accepted() -> None:
    doc = parse_openapi(b"openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\n", "s.yaml")
    assert doc["openapi"] == "3.0.3"


def test_openapi_2_style_version_is_refused() -> None:
    with pytest.raises(RegenError, match=r"only 3\.x"):
        parse_openapi(b'{"openapi": "4.0.0", "info": {}, "paths": {}}', "s.json")
