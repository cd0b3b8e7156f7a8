"""Finding one item of a small, unpaged listing (tags, variables, modules ...) by its name.

`find` follows `tests.find`: exact name first, then ignoring case, ambiguity an error.
Writing by name (`variables.set`, `global_variables.delete`) matches the exact name only:
`{{Email}}` and `{{email}}` are different variables, and a write must not pick the wrong one.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable, Iterable
from typing import TypeVar

from .._core.exceptions import RevylError
from .._core.names import AmbiguousNameError, Named, NameNotFoundError, pick_by_name

T = TypeVar("T")


def find_named(kind: str, name: str, items: Iterable[T], name_of: Callable[[T], str],
               id_of: Callable[[T], str]) -> T:
    """The item called `name`: exact, else ignoring case (see `_core/names.py`)."""
    return pick_by_name(kind, name, (Named(name_of(item), id_of(item), item) for item in items)).item


def exact_named(kind: str, name: str, items: Iterable[T], name_of: Callable[[T], str],
                id_of: Callable[[T], str]) -> T | None:
    """The item whose name is exactly `name`, or None; two such items are ambiguous."""
    listed = list(items)
    matches = [item for item in listed if name_of(item) == name]
    if len(matches) > 1:
        raise AmbiguousNameError(kind, name, [(name_of(item), id_of(item)) for item in matches])
    return matches[0] if matches else None


def require_exact(kind: str, name: str, items: Iterable[T], name_of: Callable[[T], str],
                  id_of: Callable[[T], str]) -> T:
    """As `exact_named`, but an absent name is `NameNotFoundError` with the closest names."""
    listed = list(items)
    found = exact_named(kind, name, listed, name_of, id_of)
    if found is None:
        names = sorted({name_of(item) for item in listed})
        raise NameNotFoundError(kind, name, difflib.get_close_matches(name, names, n=3))
    return found


def require_name(name: object, what: str) -> str:
    """`name` if it is usable as a name: text, not blank, no surrounding whitespace."""
    if not isinstance(name, str) or not name.strip() or name != name.strip():
        raise RevylError(f"{what} must be non-empty text without surrounding spaces, got {name!r}")
    return name
