"""Startup stays cheap: importing the SDK, building a client and using a resource loads no
report machinery, no JUnit library and no command code; they load on first use."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HEAVY = ("revyl_sdk.reporting", "revyl_sdk._reports", "revyl_sdk._cli", "junitparser")

CODE = """
import json, sys
import revyl_sdk
from revyl_sdk import Revyl
client = Revyl("key", base_url="http://127.0.0.1:9")
client.tests, client.workflows, client.reports
def heavy(): return sorted(m for m in sys.modules if m in HEAVY or m.startswith(tuple(h + "." for h in HEAVY)))
before = heavy()
from revyl_sdk.reporting import write_junit
after = heavy()
print(json.dumps([before, after]))
"""


def test_reporting_and_the_command_load_only_when_used() -> None:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(str(ROOT / p) for p in ("generated", "overlay"))}
    out = subprocess.run([sys.executable, "-c", f"HEAVY = {HEAVY!r}\n{CODE}"], env=env, check=True,
                         capture_output=True, text=True).stdout
    before, after = json.loads(out)
    assert before == []
    assert "junitparser" in after and "revyl_sdk.reporting" in after and "revyl_sdk._cli" not in after
