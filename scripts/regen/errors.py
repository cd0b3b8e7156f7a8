"""Errors the CLI turns into one readable line instead of a traceback."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from regen.gate import GateReport


class RegenError(Exception):
    """A problem with the input (spec, patch or config file): exit code 2."""


class GenerationFailed(Exception):
    """The generator warned or dropped something: exit code 1, details listed."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__(f"{len(problems)} generator problem(s)")
        self.problems = problems


class BreakingChanges(Exception):
    """The new client would break SDK methods, and --allow-breaking was not given: exit 3."""

    def __init__(self, report: GateReport) -> None:
        super().__init__(f"{len(report.new_breakages)} breaking change(s)")
        self.report = report
