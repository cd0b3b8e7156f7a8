"""Finding a test or workflow by the name people give it, free of I/O.

Revyl's CLI runs tests by name; so does the SDK. A UUID is taken as an id as it stands.
Anything else is a name: an exact match wins, then a case-insensitive one. More than one
match at the same level is ambiguous, and the error lists every candidate with its id so
the caller can pick. Nothing is started on an ambiguous or unknown name.
"""

from __future__ import annotations

import difflib
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Generic, TypeVar

from .exceptions import RevylError

__all__ = ["AmbiguousNameError", "NameNotFoundError", "Named", "is_uuid", "pick_by_name"]

T = TypeVar("T")
_SUGGESTIONS = 3


def is_uuid(value: str) -> bool:
    try:
        uuid.UUID(value.strip())
    except ValueError:
        return False
    return True


@dataclass(frozen=True)
class Named(Generic[T]):
    """One candidate of a lookup: its name, its id, and the item the listing gave."""

    name: str
    id: str
    item: T


class NameNotFoundError(RevylError):
    """No test (or workflow) has this name; `suggestions` are the closest names there are."""

    def __init__(self, kind: str, name: str, suggestions: list[str]) -> None:
        hint = f"; did you mean {', '.join(repr(s) for s in suggestions)}?" if suggestions else ""
        super().__init__(f"no {kind} named {name!r}{hint}")
        self.kind = kind
        self.name = name
        self.suggestions = suggestions


class AmbiguousNameError(RevylError):
    """Several tests (or workflows) share this name; `candidates` are (name, id) pairs."""

    def __init__(self, kind: str, name: str, candidates: list[tuple[str, str]], *, ignoring_case: bool = False) -> None:
        listed = ", ".join(f"{found!r} ({found_id})" for found, found_id in candidates)
        how = " (ignoring case)" if ignoring_case else ""
        super().__init__(f"{len(candidates)} {kind}s are named {name!r}{how}: {listed}; pass the id instead")
        self.kind = kind
        self.name = name
        self.candidates = candidates


def pick_by_name(kind: str, name: str, candidates: Iterable[Named[T]]) -> Named[T]:
    """The one candidate called `name`: exact match first, then ignoring case."""
    wanted = name.strip()
    if not wanted:
        raise RevylError(f"a {kind} name or id is required, got {name!r}")
    listed = list(candidates)
    for ignoring_case, matches in (
        (False, [c for c in listed if c.name == wanted]),
        (True, [c for c in listed if c.name.casefold() == wanted.casefold()]),
    ):
        if len(matches) == 1:
            return matches[0]
        if matches:
            raise AmbiguousNameError(kind, wanted, [(c.name, c.id) for c in matches], ignoring_case=ignoring_case)
    names = sorted({c.name for c in listed})
    raise NameNotFoundError(kind, wanted, difflib.get_close_matches(wanted, names, n=_SUGGESTIONS))
