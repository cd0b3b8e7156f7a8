"""Errors the CLI turns into one readable line instead of a traceback."""


class RegenError(Exception):
    """A problem with the input (spec, patch or config file): exit code 2."""


class GenerationFailed(Exception):
    """The generator warned or dropped something: exit code 1, details listed."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__(f"{len(problems)} generator problem(s)")
        self.problems = problems
