"""Post-process passes over the freshly generated package: lazy models, presigned URLs out
of reprs, then ruff.

Ruff runs with `--isolated` and explicit settings so the result does not depend on which
pyproject.toml sits above the temporary directory: `--check` must be byte-identical.
"""

import os
import shutil
import subprocess
import sys
from pathlib import Path

from regen.errors import RegenError
from regen.lazy_models import lazy_models_init
from regen.presigned_reprs import hide_presigned_urls

# The generator's own post-hooks for `--meta none` are `ruff check --fix-only
# --extend-select=I` and `ruff format`: ruff's default rules plus import sorting.
RUFF_FIX = ["check", "--isolated", "--fix-only", "--quiet", "--select", "E4,E7,E9,F,I"]
RUFF_FORMAT = ["format", "--isolated", "--quiet"]
RUFF_SETTINGS = ["--target-version", "py311", "--line-length", "120"]


def postprocess(package_dir: Path, *, format_code: bool = True) -> None:
    # PEP 561: without the marker, type checkers treat an installed revyl_api as untyped,
    # and every model the SDK returns would reach users as Any.
    (package_dir / "py.typed").write_text("", encoding="utf-8")
    models = package_dir / "models"
    init = models / "__init__.py"
    init.write_text(lazy_models_init(init.read_text(encoding="utf-8")), encoding="utf-8")
    for module in models.glob("*.py"):
        source = module.read_text(encoding="utf-8")
        if (rewritten := hide_presigned_urls(module.stem, source)) != source:
            module.write_text(rewritten, encoding="utf-8")
    if format_code:
        ruff = find_ruff()
        for command in (RUFF_FIX, RUFF_FORMAT):
            _run([ruff, *command, *RUFF_SETTINGS, str(package_dir)])


def find_ruff() -> str:
    # The venv's ruff first: `python scripts/regen.py` may run without the venv on PATH.
    beside_python = shutil.which("ruff", path=os.path.dirname(sys.executable))
    ruff = beside_python or shutil.which("ruff")
    if ruff is None:
        raise RegenError("ruff not found; install the dev extra (pip install -e '.[dev]')")
    return ruff


def _run(command: list[str]) -> None:
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        detail = (result.stderr or result.stdout).strip().splitlines()
        raise RegenError(f"{' '.join(command[1:3])} failed: {detail[-1] if detail else result.returncode}")
