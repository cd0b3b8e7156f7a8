"""Regen time, import time and per-call overhead, each against a baseline measured in the same run."""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import httpx
from _server import json_server

ROOT = Path(__file__).resolve().parents[1]
PINNED_SPEC = ROOT.parent / "shared" / "revyl-openapi" / "openapi.json"
OLDER_SPEC = ROOT.parent / "shared" / "revyl-openapi" / "history" / "2026-07-06-b860749.json"
VENV_BIN = Path(sys.executable).parent
STATUS_BODY = json.dumps(
    {
        "id": "7e6d5c4b-3a29-4817-b6a5-948372615049",
        "status": "running",
        "progress": 40.0,
        "current_step": "Tap Login",
        "current_step_index": 2,
        "total_steps": 5,
        "steps_completed": 2,
    }
).encode()

Row = tuple[str, float, float, str]  # (what, measured, baseline, goal)


def _timed(command: list[str], env: dict[str, str] | None = None) -> float:
    started = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True, env=env, cwd=ROOT)
    return time.perf_counter() - started


def _checkout_after_an_older_spec(root: Path, env: dict[str, str]) -> None:
    """A scratch checkout (client, lock, SDK manifest and version) regenerated from an older
    spec, so that the next regen gates, rates the changes with redocly and writes a changelog."""
    shutil.copytree(ROOT / "generated", root / "generated", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(ROOT / "overlay" / "revyl_sdk" / "_manifest", root / "overlay" / "revyl_sdk" / "_manifest")
    shutil.copy(ROOT / "overlay" / "revyl_sdk" / "_version.py", root / "overlay" / "revyl_sdk" / "_version.py")
    shutil.copy(ROOT / "openapi.lock.json", root / "openapi.lock.json")
    (root / "node_modules").symlink_to(ROOT / "node_modules")
    # The older spec lacks what newer methods need: accept that, as a maintainer trying it would.
    command = [sys.executable, "scripts/regen.py", "--root", str(root), "--spec", str(OLDER_SPEC), "--allow-breaking"]
    subprocess.run(command, check=True, capture_output=True, env=env, cwd=ROOT)


def regen_vs_raw_generator(rounds: int = 2) -> list[Row]:
    env = {**os.environ, "PATH": f"{VENV_BIN}{os.pathsep}{os.environ['PATH']}"}
    ours, full, raw = [], [], []
    for _ in range(rounds):
        with tempfile.TemporaryDirectory() as out:
            ours.append(_timed([sys.executable, "scripts/regen.py", "--spec", str(PINNED_SPEC), "--out", out], env))
        with tempfile.TemporaryDirectory() as scratch:
            _checkout_after_an_older_spec(Path(scratch), env)
            command = [sys.executable, "scripts/regen.py", "--root", scratch, "--spec", str(PINNED_SPEC)]
            full.append(_timed(command, env))
        with tempfile.TemporaryDirectory() as out:
            raw.append(
                _timed(
                    [
                        str(VENV_BIN / "openapi-python-client"),
                        "generate",
                        "--path",
                        str(PINNED_SPEC),
                        "--meta",
                        "none",
                        "--output-path",
                        f"{out}/raw",
                    ],
                    env,
                )
            )
    return [
        ("regen --out (s) vs raw openapi-python-client", min(ours), min(raw), "<= 1.3x"),
        ("regen with changelog (s) vs raw openapi-python-client", min(full), min(raw), "<= 1.3x"),
    ]


# What a script pays before its first call: import, construct, touch every resource.
FIRST_CALL_READY = """
from revyl_sdk import Revyl
client = Revyl("bench-key", base_url="http://127.0.0.1:9", ci_headers=False)
for name in ("tests", "workflows", "apps", "builds", "yaml", "reports", "monitor", "devices"):
    getattr(client, name)
"""


# ... and up to the first answer: the SDK's first status read against a bare httpx GET.
FIRST_ANSWER = """
from revyl_sdk import Revyl
Revyl("bench-key", base_url="{base_url}", ci_headers=False).tests.get_status("t1")
"""
FIRST_ANSWER_BASELINE = """
import httpx
httpx.Client().get("{base_url}/api/v1/tests/get_test_execution_task?task_id=t1").json()
"""


def _startup_seconds(statements: str, rounds: int, bytecode: Path) -> float:
    code = f"import time\nt = time.perf_counter()\n{statements}\nprint(time.perf_counter() - t)"
    path = os.pathsep.join(str(ROOT / part) for part in ("generated", "overlay"))
    # Both sides read compiled bytecode, as an installed package does (pip compiles it): the
    # first, unmeasured run writes it for every module, ours and httpx's, into one cache.
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env |= {"PYTHONPATH": path, "PYTHONPYCACHEPREFIX": str(bytecode)}

    def once() -> float:
        done = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True, env=env)
        return float(done.stdout)

    once()
    return statistics.median(once() for _ in range(rounds))


def import_times(rounds: int = 7) -> list[Row]:
    with tempfile.TemporaryDirectory() as bytecode_dir:
        bytecode = Path(bytecode_dir)
        httpx_ms, api_ms, sdk_ms, startup_ms = (
            _startup_seconds(code, rounds, bytecode) * 1000
            for code in ("import httpx", "import revyl_api", "import revyl_sdk", FIRST_CALL_READY)
        )
        with json_server(STATUS_BODY) as base_url:
            first_ms, first_raw_ms = (
                _startup_seconds(code.format(base_url=base_url), rounds, bytecode) * 1000
                for code in (FIRST_ANSWER, FIRST_ANSWER_BASELINE)
            )
    return [
        ("import revyl_api (ms) vs import httpx", api_ms, httpx_ms, "<= 2x"),
        ("import revyl_sdk (ms) vs import httpx", sdk_ms, httpx_ms, "<= 2x"),
        ("Revyl() + every resource (ms) vs import httpx", startup_ms, httpx_ms, "<= 2x"),
        ("import to first tests.get_status answer (ms) vs httpx GET", first_ms, first_raw_ms, "<= 2x"),
    ]


def _per_call_us(contenders: dict[str, Callable[[], object]], calls: int, blocks: int = 5) -> dict[str, float]:
    """Microseconds per call of each contender: the calls are timed in `blocks` blocks that
    alternate between contenders, and each keeps its best block, so a busy moment on the
    machine penalises no one in particular."""
    for call in contenders.values():  # warm both connection pools and code paths
        for _ in range(50):
            call()
    best = dict.fromkeys(contenders, float("inf"))
    per_block = max(1, calls // blocks)
    for _ in range(blocks):
        for name, call in contenders.items():
            started = time.perf_counter()
            for _ in range(per_block):
                call()
            best[name] = min(best[name], (time.perf_counter() - started) / per_block * 1e6)
    return best


def get_status_overhead(calls: int = 1000) -> Row:
    from revyl_sdk import Revyl

    with json_server(STATUS_BODY) as base_url:
        url = f"{base_url}/api/v1/tests/get_test_execution_task?task_id=t1"
        with httpx.Client() as raw_client, Revyl("bench-key", base_url=base_url, ci_headers=False) as client:
            us = _per_call_us({"raw": lambda: raw_client.get(url).json(),
                               "sdk": lambda: client.tests.get_status("t1")}, calls)
    return ("tests.get_status per call (us) vs raw httpx GET", us["sdk"], us["raw"], "<= 1.2x")


def client_api_overhead(calls: int = 1000) -> Row:
    """A generated operation through `client.api` (the SDK's transport) against a bare GET."""
    from revyl_api.api.tests import get_test_execution_task
    from revyl_sdk import Revyl

    with json_server(STATUS_BODY) as base_url:
        url = f"{base_url}/api/v1/tests/get_test_execution_task?task_id=t1"
        with httpx.Client() as raw_client, Revyl("bench-key", base_url=base_url, ci_headers=False) as client:
            api = client.api
            us = _per_call_us({"raw": lambda: raw_client.get(url).json(),
                               "sdk": lambda: get_test_execution_task.sync(task_id="t1", client=api)}, calls)
    return ("client.api get_test_execution_task per call (us) vs raw httpx GET", us["sdk"], us["raw"], "<= 1.3x")
