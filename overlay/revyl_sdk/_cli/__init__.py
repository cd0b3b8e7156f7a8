"""The `python -m revyl_sdk` command (loaded only when the command runs)."""

from .command import main

__all__ = ["main"]
