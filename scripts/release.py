"""`make release`: build the sdist and the wheel, check them, and prove the wheel installs.

The wheel goes into a fresh virtualenv (its dependencies from the package index), and
`revyl_sdk` and `revyl_api` are imported from there, outside the checkout, so nothing of
the source tree can stand in for what the wheel is missing.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist"
# Run in the installed environment: both packages, typed, the version the wheel claims.
SMOKE = """
import importlib.metadata, pathlib, sys
import revyl_api, revyl_sdk
from revyl_api.models import AppResponse
from revyl_sdk import Revyl, UnsupportedOperationError
version = importlib.metadata.version("revyl-sdk")
assert revyl_sdk.__version__ == version, (revyl_sdk.__version__, version)
for package in (revyl_api, revyl_sdk):
    folder = pathlib.Path(package.__file__).parent
    assert (folder / "py.typed").is_file(), folder
    assert sys.prefix in str(folder), folder
Revyl("release-check", base_url="http://127.0.0.1:9").close()
print(f"revyl-sdk {version}: revyl_sdk and revyl_api import from {sys.prefix}")
"""


def run(*command: str | Path, cwd: Path = ROOT) -> None:
    subprocess.run([str(part) for part in command], cwd=cwd, check=True)


def main() -> int:
    shutil.rmtree(DIST, ignore_errors=True)
    run(sys.executable, "-m", "build", "--outdir", DIST, ROOT)
    artifacts = sorted(DIST.iterdir())
    wheels = [path for path in artifacts if path.suffix == ".whl"]
    if len(wheels) != 1 or not any(path.name.endswith(".tar.gz") for path in artifacts):
        print(f"release: expected one wheel and one sdist in dist/, found {[p.name for p in artifacts]}")
        return 1
    run(sys.executable, "-m", "twine", "check", "--strict", *artifacts)
    with tempfile.TemporaryDirectory(prefix="revyl-release-") as scratch:
        venv = Path(scratch) / "venv"
        run(sys.executable, "-m", "venv", venv)
        python = venv / "bin" / "python"
        run(python, "-m", "pip", "install", "--quiet", wheels[0])
        run(python, "-c", SMOKE, cwd=Path(scratch))
    print(f"release: {', '.join(path.name for path in artifacts)} in dist/")
    return 0


if __name__ == "__main__":
    sys.exit(main())
