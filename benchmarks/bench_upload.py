"""Build uploads: peak memory and throughput for a 1 GiB file, against a raw httpx PUT.

Each function returns `(what, measured, baseline, goal)` rows for `benchmarks/run.py`;
`python benchmarks/bench_upload.py [--size-mib N]` prints them alone. The server is the
upload API + object store of `upload_server.py` on 127.0.0.1, in this process;
every upload runs in a fresh child process so its memory is measured alone. The file is a
sparse temporary file, created at run time and removed afterwards.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import subprocess
import sys
import tempfile
import time
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / p) for p in ("generated", "overlay", "benchmarks")]

import httpx  # noqa: E402
from upload_server import FakeRevyl  # noqa: E402

MiB = 1024 * 1024
GiB = 1024 * MiB
SERVER_PART_SIZE = 16 * MiB  # what the fake store hands out; S3 allows 5 MiB to 5 GiB
RAW_CHUNK = 1 * MiB  # the raw baseline streams with the same chunk size as the SDK

Row = tuple[str, float, float, str]  # (what, measured, baseline, goal)


# --- parent: server, file, children -------------------------------------------------------------

@contextlib.contextmanager
def _setup(size: int) -> Iterator[tuple[FakeRevyl, Path]]:
    with FakeRevyl(part_size=SERVER_PART_SIZE, keep_bytes=False) as server, \
            tempfile.TemporaryDirectory() as directory:
        path = Path(directory) / "bench.apk"
        with path.open("wb") as out:
            out.truncate(size)  # sparse: costs no disk space
        with path.open("rb") as file:  # page cache warm for every contender alike
            while file.read(16 * MiB):
                pass
        yield server, path


def _child(mode: str, server: FakeRevyl, path: Path) -> dict[str, float]:
    """Run one upload in a fresh interpreter; its seconds and peak RSS growth (MiB)."""
    command = [sys.executable, __file__, "--child", mode, server.base_url, server.app_id, str(path)]
    output = subprocess.run(command, check=True, capture_output=True, text=True).stdout
    result: dict[str, float] = json.loads(output.strip().splitlines()[-1])
    return result


# (SDK mode, label, the raw mode it is compared with, goal). The "parts" baselines send the
# server's 16 MiB parts by hand, 4 at a time: what multipart itself costs (64 requests
# instead of one), whoever writes it; the SDK's own cost is the gap to them.
_CONTENDERS = [
    ("sdk", "multipart, 4 connections", "raw", 0.95),
    ("sdk-single", "single PUT", "raw", 0.95),
    ("sdk-async", "async multipart, 4 connections", "raw-async", 0.80),
    ("sdk-async-single", "async single PUT", "raw-async", 0.80),
    ("sdk", "multipart, 4 connections", "raw-parts", 0.95),
    ("sdk-async", "async multipart, 4 connections", "raw-async-parts", 0.95),
]
_SDK_MODES = list(dict.fromkeys(mode for mode, *_ in _CONTENDERS))
_RAW_MODES = list(dict.fromkeys(raw for _, _, raw, _ in _CONTENDERS))
_RAW_LABELS = {"raw": "raw httpx PUT", "raw-async": "raw async httpx PUT",
               "raw-parts": "its parts by raw httpx", "raw-async-parts": "its parts by raw async httpx"}


def upload_peak_rss(size: int = GiB) -> Row:
    """The largest peak-RSS growth of a child process uploading `size` bytes, over all modes."""
    with _setup(size) as (server, path):
        growth = max(_child(mode, server, path)["rss_growth_mib"] for mode in _SDK_MODES)
    return (f"builds.upload {size // MiB} MiB: peak RSS growth (MiB) vs 64 MiB", growth, 64.0,
            "< 1.00x")


def upload_throughput(size: int = GiB, rounds: int = 3) -> list[Row]:
    """MiB/s of SDK uploads against one raw httpx streamed PUT of the same file.

    Sync uploads are compared with `httpx.Client().put`, async ones with
    `httpx.AsyncClient().put`. Rounds interleave the contenders and each keeps its best, so
    a noisy neighbour on the machine penalises no one in particular.
    """
    best: dict[str, float] = {}
    with _setup(size) as (server, path):
        for _ in range(rounds):
            for mode in (*_RAW_MODES, *_SDK_MODES):
                speed = size / MiB / _child(mode, server, path)["seconds"]
                best[mode] = max(best.get(mode, 0.0), speed)
    return [(f"builds.upload {label} (MiB/s) vs {_RAW_LABELS[raw]}", best[mode], best[raw], f">= {goal:.2f}x")
            for mode, label, raw, goal in _CONTENDERS]


# --- child: one upload, measured -----------------------------------------------------------------

def _status_kib(field: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    raise RuntimeError(f"{field} not in /proc/self/status")


def _reset_peak_rss() -> bool:
    """Make VmHWM restart from the current RSS (Linux >= 4.0); False if not allowed."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        return False
    return True


def _file_range(path: Path, offset: int, length: int) -> Iterator[bytes]:
    with path.open("rb") as file:
        file.seek(offset)
        while length > 0 and (chunk := file.read(min(RAW_CHUNK, length))):
            length -= len(chunk)
            yield chunk


def _ranges(size: int) -> list[tuple[int, int]]:
    return [(offset, min(SERVER_PART_SIZE, size - offset)) for offset in range(0, size, SERVER_PART_SIZE)]


def _raw_put(mode: str, base_url: str, path: Path) -> None:
    """What a caller would write by hand: streamed PUTs with an explicit length; the whole
    file in one, or (`-parts`) its 16 MiB parts, 4 at a time as the SDK sends them."""
    size = path.stat().st_size
    ranges = _ranges(size) if mode.endswith("-parts") else [(0, size)]

    def url(offset: int) -> str:
        return f"{base_url}/s3/raw/baseline-{offset}"

    if mode.startswith("raw-async"):
        import asyncio

        async def body(offset: int, length: int) -> AsyncIterator[bytes]:
            for chunk in _file_range(path, offset, length):
                yield chunk

        async def run() -> None:
            slots = asyncio.Semaphore(4)
            async with httpx.AsyncClient(timeout=600) as client:
                async def put(offset: int, length: int) -> None:
                    async with slots:
                        (await client.put(url(offset), content=body(offset, length),
                                          headers={"Content-Length": str(length)})).raise_for_status()

                await asyncio.gather(*(put(offset, length) for offset, length in ranges))

        asyncio.run(run())
        return
    from concurrent.futures import ThreadPoolExecutor

    with httpx.Client(timeout=600) as client, ThreadPoolExecutor(4) as pool:
        def put(offset: int, length: int) -> None:
            client.put(url(offset), content=_file_range(path, offset, length),
                       headers={"Content-Length": str(length)}).raise_for_status()

        list(pool.map(lambda r: put(*r), ranges))


def _sdk_upload(mode: str, base_url: str, app_id: str, path: Path, version: str) -> None:
    import asyncio

    from revyl_sdk import AsyncRevyl, Revyl

    options = {"version": version, "metadata": {"platform": "android"}, "progress_bar": False}
    if mode.endswith("-single"):
        options["part_size"] = 5 * GiB  # above the file size: one PUT through upload-session
    if mode.startswith("sdk-async"):
        async def run() -> None:
            async with AsyncRevyl("bench-key", base_url=base_url, ci_headers=False) as client:
                await client.builds.upload(app_id, path, **options)  # type: ignore[arg-type]

        asyncio.run(run())
        return
    with Revyl("bench-key", base_url=base_url, ci_headers=False) as client:
        client.builds.upload(app_id, path, **options)  # type: ignore[arg-type]


def _run_child(mode: str, base_url: str, app_id: str, file: str) -> None:
    path = Path(file)
    if not mode.startswith("raw"):
        # Warm up imports and code paths on a tiny file so only the upload itself is measured.
        warm = path.with_name("warm.apk")
        warm.write_bytes(b"\0" * 1024)
        _sdk_upload(mode, base_url, app_id, warm, f"warm-{time.time_ns()}")
    baseline_kib = _status_kib("VmRSS")
    if not _reset_peak_rss():
        baseline_kib = _status_kib("VmHWM")  # conservative: growth over the peak so far
    started = time.perf_counter()
    if mode.startswith("raw"):
        _raw_put(mode, base_url, path)
    else:
        _sdk_upload(mode, base_url, app_id, path, f"bench-{time.time_ns()}")
    seconds = time.perf_counter() - started
    growth_mib = max(0, _status_kib("VmHWM") - baseline_kib) / 1024
    print(json.dumps({"seconds": seconds, "rss_growth_mib": growth_mib}))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--size-mib", type=int, default=1024)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--child", nargs=4, metavar=("MODE", "BASE_URL", "APP_ID", "FILE"),
                        help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        _run_child(*args.child)
        return
    size = args.size_mib * MiB
    print(f"{'benchmark':<62} {'measured':>10} {'baseline':>10} {'ratio':>7}  goal")
    for what, measured, baseline, goal in [upload_peak_rss(size), *upload_throughput(size, args.rounds)]:
        print(f"{what:<62} {measured:>10.1f} {baseline:>10.1f} {measured / baseline:>6.2f}x  {goal}",
              flush=True)


if __name__ == "__main__":
    main()
