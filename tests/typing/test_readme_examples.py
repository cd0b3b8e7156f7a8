"""The Python examples of the README and docs/managing.md type-check under `mypy --strict` as written.

Each ```python block becomes one user module: `PRELUDE` (the names the docs leave to
the reader: a client, ids, the user's own function) followed by the block verbatim. One mypy run checks them all.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
README = ROOT / "README.md"
DOCUMENTS = (README, ROOT / "docs" / "managing.md")

PRELUDE = '''\
# ruff: noqa
from typing import Any
from pathlib import Path
from revyl_sdk import Revyl
client = Revyl()
app_id: str = ""
test_id: str = ""
task_id: str = ""
workflow_id: str = ""
build_id: str = ""
test_ids: list[str] = []
login_id: str = ""
checkout_id: str = ""
search_id: str = ""
yaml_text: str = ""
APP_ID: str = ""
GIT_SHA: str = ""
run: Any = client.tests.run_handle(task_id)  # a test or a workflow run, as the README uses it
workflow_run = client.workflows.run_handle(task_id)
def my_ci_script(test_id: str) -> int: return 0
'''
_BLOCK = re.compile(r"```python\n(.*?)```", re.DOTALL)


def readme_modules(folder: Path) -> list[Path]:
    paths = []
    for document in DOCUMENTS:
        for number, block in enumerate(_BLOCK.findall(document.read_text())):
            path = folder / f"{document.stem.lower()}_example_{number:02d}.py"
            path.write_text(PRELUDE + block)
            paths.append(path)
    return paths


def test_readme_examples_pass_mypy_strict(tmp_path: Path) -> None:
    modules = readme_modules(tmp_path)
    assert len(modules) >= 23
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(ROOT / ".mypy_cache"),
         "--no-error-summary", "--allow-untyped-defs", *map(str, modules)],
        capture_output=True, text=True, cwd=tmp_path, check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


if __name__ == "__main__":
    import tempfile

    with tempfile.TemporaryDirectory() as scratch:
        for module in readme_modules(Path(scratch)):
            print(module.name, module.read_text().count("\n"))
