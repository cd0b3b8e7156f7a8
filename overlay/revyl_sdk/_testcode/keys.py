"""The order yaml.v3 writes a Go map's keys in (test variables): text order, but digit runs
compared as numbers and letters placed after other characters, as its `keyList.Less` does."""

from __future__ import annotations

import functools
from collections.abc import Iterable

__all__ = ["sorted_keys"]


def _digit_run(text: str, start: int, number: int) -> tuple[int, int]:
    """The number the digits from `start` spell (after `number`), and where they end."""
    end = start
    while end < len(text) and text[end].isdigit():
        number = number * 10 + int(text[end])
        end += 1
    return number, end


def _compare(a: str, b: str) -> int:
    digits = False
    for index in range(min(len(a), len(b))):
        ca, cb = a[index], b[index]
        if ca == cb:
            digits = ca.isdigit()
            continue
        a_letter, b_letter = ca.isalpha(), cb.isalpha()
        if a_letter and b_letter:
            return -1 if ca < cb else 1
        if a_letter or b_letter:
            first_is_a = a_letter if digits else b_letter
            return -1 if first_is_a else 1
        # A zero inside a number (not leading it) counts as a digit of that number.
        inside = (ca == "0" or cb == "0") and any(c != "0" for c in _leading_digits(a, index))
        an, a_end = _digit_run(a, index, int(inside))
        bn, b_end = _digit_run(b, index, int(inside))
        if an != bn:
            return -1 if an < bn else 1
        if a_end != b_end:
            return -1 if a_end < b_end else 1
        return -1 if ca < cb else 1
    return (len(a) > len(b)) - (len(a) < len(b))


def _leading_digits(text: str, index: int) -> str:
    start = index
    while start > 0 and text[start - 1].isdigit():
        start -= 1
    return text[start:index]


def sorted_keys(keys: Iterable[str]) -> list[str]:
    return sorted(keys, key=functools.cmp_to_key(_compare))
