"""Load the SDK's manifest (overlay/revyl_sdk/_manifest) without importing the SDK.

The manifest is plain data that imports nothing from `revyl_api`, so it is loaded straight
from its files as a package of its own: `revyl_sdk/__init__.py` (which needs a working
client) never runs, and a half-replaced `generated/` cannot break the gate that guards it.
"""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, cast

from regen.errors import RegenError

if TYPE_CHECKING:
    from revyl_sdk._manifest.needs import Needs

MANIFEST_DIR = Path("overlay") / "revyl_sdk" / "_manifest"
_PACKAGE = "_regen_sdk_manifest"


def load_manifest(root: Path) -> Mapping[str, Needs] | None:
    """`METHODS` of the manifest in the checkout at `root`; None when it has no SDK overlay."""
    init = root / MANIFEST_DIR / "__init__.py"
    if not init.is_file():
        return None
    spec = importlib.util.spec_from_file_location(_PACKAGE, init, submodule_search_locations=[str(init.parent)])
    if spec is None or spec.loader is None:
        raise RegenError(f"cannot load the SDK manifest at {init}")
    for name in [m for m in sys.modules if m == _PACKAGE or m.startswith(f"{_PACKAGE}.")]:
        del sys.modules[name]  # another checkout's manifest may have been loaded before
    module = importlib.util.module_from_spec(spec)
    sys.modules[_PACKAGE] = module
    try:
        spec.loader.exec_module(module)
    except Exception as error:  # the manifest is code: report any failure as one line
        raise RegenError(f"the SDK manifest does not load: {type(error).__name__}: {error}") from error
    return cast("Mapping[str, Needs]", module.METHODS)
