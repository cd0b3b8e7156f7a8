"""Regenerate generated/revyl_api from the Revyl OpenAPI spec. See scripts/regen/cli.py."""

import sys

from regen.cli import main

if __name__ == "__main__":
    sys.exit(main())
