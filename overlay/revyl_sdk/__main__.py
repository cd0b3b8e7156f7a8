"""`python -m revyl_sdk run NAME_OR_ID... [--workflow ...] [--junit PATH] ...`: Revyl in CI.

See `python -m revyl_sdk run --help`; the command itself lives in `revyl_sdk._cli`.
"""

import sys

from ._cli import main

if __name__ == "__main__":
    sys.exit(main())
