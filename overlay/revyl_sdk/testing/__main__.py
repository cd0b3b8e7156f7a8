"""`python -m revyl_sdk.testing`: serve an emulator, or run a command against a fresh one.

    python -m revyl_sdk.testing serve --port 8765
    python -m revyl_sdk.testing run -- python examples/quickstart.py

`run` sets REVYL_BACKEND_URL and REVYL_API_KEY for the command and exits with its status.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import subprocess
import sys
from collections.abc import Sequence

from .emulator import DEFAULT_API_KEY, RevylEmulator


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m revyl_sdk.testing",
                                     description="A local Revyl backend (no account needed).")
    commands = parser.add_subparsers(dest="command", required=True)
    serve = commands.add_parser("serve", help="serve until interrupted")
    run = commands.add_parser("run", help="run a command against a fresh emulator")
    for sub in (serve, run):
        sub.add_argument("--host", default="127.0.0.1")
        sub.add_argument("--port", type=int, default=0, help="0 (default): a free port")
        sub.add_argument("--api-key", default=DEFAULT_API_KEY)
        sub.add_argument("--step-seconds", type=float, default=0.4,
                         help="how long each test step takes (default 0.4)")
        sub.add_argument("--queued-seconds", type=float, default=0.3)
        sub.add_argument("--heartbeat-seconds", type=float, default=15.0)
        sub.add_argument("--storage-dir", default=None,
                         help="keep uploaded builds here (default: a temporary folder)")
        sub.add_argument("--fail-test", action="append", default=[], metavar="NAME",
                         help="runs of tests with this name fail (repeatable)")
        sub.add_argument("--fail-at-step", type=int, default=None, metavar="N",
                         help="the step those runs fail at (default: their last)")
        sub.add_argument("--fail-message", default=None, metavar="TEXT",
                         help="the error those runs report")
    run.add_argument("argv", nargs=argparse.REMAINDER, help="the command, after --")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        emulator = RevylEmulator(host=args.host, port=args.port, api_key=args.api_key,
                                 step_seconds=args.step_seconds, queued_seconds=args.queued_seconds,
                                 heartbeat_seconds=args.heartbeat_seconds, storage_dir=args.storage_dir)
    except OSError as error:
        parser.exit(2, f"{parser.prog}: error: {error.strerror}\n")
    for name in args.fail_test:
        emulator.script_by_name(name, outcome="failed", fail_at_step=args.fail_at_step,
                                error_message=args.fail_message)
    with emulator:
        if args.command == "serve":
            print(f"Revyl emulator on {emulator.base_url}", flush=True)
            for name, value in emulator.env().items():
                print(f"export {name}={value}", flush=True)
            with contextlib.suppress(KeyboardInterrupt):
                emulator.wait()
            return 0
        command = args.argv[1:] if args.argv[:1] == ["--"] else args.argv
        if not command:
            print("run: give the command after --", file=sys.stderr)
            return 2
        return subprocess.call(command, env={**os.environ, **emulator.env()})


if __name__ == "__main__":
    sys.exit(main())
