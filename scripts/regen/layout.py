"""Where the pipeline's own files live, and where it writes in a checkout."""

from pathlib import Path

SCRIPTS_DIR = Path(__file__).resolve().parent.parent
REPO_ROOT = SCRIPTS_DIR.parent
PATCHES_DIR = SCRIPTS_DIR / "patches"
EXCLUSIONS_FILE = REPO_ROOT / "regen-exclusions.yaml"
GENERATOR_CONFIG = REPO_ROOT / "generator-config.yaml"

# Outputs, relative to the checkout (or to --root / --out).
PACKAGE = "revyl_api"
GENERATED_DIR = "generated"
PULLED_SPEC_FILE = "openapi.json"
LOCK_FILE = "openapi.lock.json"
REPORT_FILE = "regen-report.json"
