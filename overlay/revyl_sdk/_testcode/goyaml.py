"""YAML text byte for byte as Revyl's CLI writes it (Go's gopkg.in/yaml.v3 with its defaults).

The CLI's `_meta.checksum` is the SHA-256 of its own serialisation of a test, so a file the
SDK writes shows as synced in `revyl test list` only if the SDK serialises exactly as the CLI
does: four-space indentation aligned to multiples of four, `- ` items inside their parent's
indentation, no line folding, and yaml.v3's choice of scalar style (plain; double quotes for
text that would read back as another type; single quotes where plain is not allowed;
literal blocks for multi-line text). Only the shapes a test file has are handled: mappings
(keys in the order given), lists, text, whole numbers and floats.

Checked against the `revyl` binary by tests/testcode/test_official_cli_format.py.
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal

__all__ = ["dump", "format_float"]

INDENT = 4

# YAML 1.1 booleans: yaml.v3 reads them as text, but quotes them for older readers.
_OLD_BOOLS = frozenset(["y", "Y", "yes", "Yes", "YES", "on", "On", "ON", "n", "N", "no", "No", "NO",
                        "off", "Off", "OFF"])
_RESOLVED = frozenset(["true", "True", "TRUE", "false", "False", "FALSE", "", "~", "null", "Null", "NULL",
                       ".nan", ".NaN", ".NAN", ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF",
                       "-.inf", "-.Inf", "-.INF"])
_BASE60 = re.compile(r"^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$")
_YAML_FLOAT = re.compile(r"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$")
_GO_FLOAT = re.compile(r"^[-+]?(?:(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][-+]?[0-9]+)?|inf(?:inity)?|nan)$",
                       re.IGNORECASE)
_TIMESTAMP = re.compile(
    r"^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}"
    r"(?:(?:[Tt]| )[0-9]{1,2}:[0-9]{1,2}:[0-9]{1,2}(?:\.[0-9]+)?(?:Z|[+-][0-9]{2}:[0-9]{2})?)?$")
_GO_INT = re.compile(r"^[-+]?(?:0[xX][0-9a-fA-F]+|0[oO]?[0-7]+|0[bB][01]+|[1-9][0-9]*|0)$")

_BREAKS = "\n\r\x85\u2028\u2029"
_ESCAPES = {"\0": "0", "\a": "a", "\b": "b", "\t": "t", "\n": "n", "\v": "v", "\f": "f", "\r": "r",
            "\x1b": "e", '"': '"', "\\": "\\", "\x85": "N", "\xa0": "_", "\u2028": "L", "\u2029": "P"}


def _reads_as_another_type(text: str) -> bool:
    """Whether yaml.v3 would read `text`, written plain, as something other than text."""
    if text in _RESOLVED or text in _OLD_BOOLS or (":" in text and _BASE60.match(text)):
        return True
    first = text[0]
    if first == ".":
        return bool(_GO_FLOAT.match(text))
    if first not in "+-0123456789":
        return False
    if _TIMESTAMP.match(text):
        return True
    plain = text.replace("_", "")
    return bool(_GO_INT.match(plain) or _YAML_FLOAT.match(plain))


def _printable(char: str) -> bool:
    """libyaml's printable set: no tabs, carriage returns, C1 controls or characters past the BMP."""
    code = ord(char)
    return code == 0x0A or 0x20 <= code <= 0x7E or 0xA0 <= code <= 0xD7FF or (
        0xE000 <= code <= 0xFFFD and code != 0xFEFF)


@dataclass(frozen=True)
class _Analysis:
    multiline: bool
    plain: bool  # allowed as a plain block scalar
    single_quoted: bool
    literal: bool


def _analyse(text: str) -> _Analysis:
    """The emitter's view of `text` (libyaml's scalar analysis, as yaml.v3 has it)."""
    if not text:
        return _Analysis(False, False, True, False)
    indicators = special = line_breaks = False
    leading_space = leading_break = trailing_space = trailing_break = False
    space_break = break_space = previous_space = previous_break = False
    if text.startswith(("---", "...")):
        indicators = True
    preceded_by_whitespace = True
    for index, char in enumerate(text):
        following = text[index + 1] if index + 1 < len(text) else ""
        followed_by_whitespace = following == "" or following in " \t" or following in _BREAKS
        if index == 0:
            if char in "#,[]{}&*!|>'\"%@`" or (char in "?:-" and followed_by_whitespace):
                indicators = True
        elif char in ",?[]{}":
            pass  # flow indicators only matter in flow context
        elif (char == ":" and followed_by_whitespace) or (char == "#" and preceded_by_whitespace):
            indicators = True
        if not _printable(char):
            special = True
        if char in _BREAKS:
            line_breaks = True
        if char == " ":
            leading_space = leading_space or index == 0
            trailing_space = trailing_space or index == len(text) - 1
            break_space = break_space or previous_break
            previous_space, previous_break = True, False
        elif char in _BREAKS:
            leading_break = leading_break or index == 0
            trailing_break = trailing_break or index == len(text) - 1
            space_break = space_break or previous_space
            previous_space, previous_break = False, True
        else:
            previous_space = previous_break = False
        preceded_by_whitespace = char in " \t" or char in _BREAKS
    plain = single = literal = True
    if leading_space or leading_break or trailing_space or trailing_break:
        plain = False
    if trailing_space:
        literal = False
    if break_space:
        plain = single = False
    if space_break or special:
        plain = single = False
    if space_break or special:
        literal = False
    if line_breaks or indicators:
        plain = False
    return _Analysis(line_breaks, plain, single, literal)


def _double_quoted(text: str) -> str:
    # yaml.v3 checks for a byte-order mark at the start of the text, not at each character,
    # so text starting with one has every character escaped.
    escape_all = text.startswith("\ufeff")
    out = []
    for char in text:
        if char in _ESCAPES:
            out.append("\\" + _ESCAPES[char])
        elif escape_all or not _printable(char):
            code = ord(char)
            out.append(f"\\x{code:02X}" if code <= 0xFF else f"\\u{code:04X}" if code <= 0xFFFF
                       else f"\\U{code:08X}")
        else:
            out.append(char)
    return '"' + "".join(out) + '"'


def _single_quoted(text: str, indent: int) -> str:
    out, after_break = [], False
    for char in text:
        if char in _BREAKS:  # only U+2028 / U+2029 get here: the others are not printable
            out.append(char)
            after_break = True
            continue
        if after_break:
            out.append(" " * indent)
            after_break = False
        out.append("''" if char == "'" else char)
    return "'" + "".join(out) + "'"


def _literal(text: str, indent: int) -> str:
    hints = str(INDENT) if text[0] in " " + _BREAKS else ""
    if text[-1] not in _BREAKS:
        hints += "-"
    elif len(text) == 1 or text[-2] in _BREAKS:
        hints += "+"
    out, at_line_start = [], True
    # The break ending the header line stands for a leading break of the text.
    for char in text[1:] if text[0] in _BREAKS else text:
        if char in _BREAKS:
            out.append(char)
            at_line_start = True
            continue
        if at_line_start:
            out.append(" " * indent)
            at_line_start = False
        out.append(char)
    body = "".join(out)
    # The line after the block starts where its last break left off (the caller adds breaks).
    if not body:
        return "|" + hints
    return "|" + hints + "\n" + (body[:-1] if body.endswith("\n") else body)


# Words and single spaces of letters, digits and a few marks that are indicators only at the
# start: plain unless the word reads as something else (`yes`, `null` ...). Most text is so.
_SURELY_PLAIN = re.compile(r"[A-Za-z_][A-Za-z0-9_./()'\",-]*(?: [A-Za-z0-9_./()'\",-]+)*")


@functools.lru_cache(maxsize=4096)
def scalar(text: str, indent: int, *, simple_key: bool = False) -> str:
    """`text` written as yaml.v3 writes a string (a literal block continues at `indent`)."""
    if _SURELY_PLAIN.fullmatch(text) and text not in _RESOLVED and text not in _OLD_BOOLS:
        return text
    analysis = _analyse(text)
    if "\n" in text:  # yaml.v3 writes text with a newline as a literal block where it can
        if analysis.literal and not simple_key:
            return _literal(text, indent)
        return _double_quoted(text)
    if _reads_as_another_type(text):
        return _double_quoted(text)
    if analysis.plain:
        return text
    if analysis.single_quoted:
        return _single_quoted(text, indent)
    return _double_quoted(text)


def format_float(value: float) -> str:
    """Go's strconv.FormatFloat(value, 'g', -1, 64), with YAML's names for the specials."""
    if math.isnan(value):
        return ".nan"
    if math.isinf(value):
        return ".inf" if value > 0 else "-.inf"
    if value == 0:
        return "-0" if math.copysign(1.0, value) < 0 else "0"
    sign, digits, exponent = Decimal(repr(value)).normalize().as_tuple()
    assert isinstance(exponent, int)
    mantissa = "".join(map(str, digits))
    point = len(mantissa) + exponent  # digits before the decimal point
    minus = "-" if sign else ""
    if point - 1 < -4 or point - 1 >= 6:  # 'g' with the shortest digits switches to %e at 1e+06
        tail = f".{mantissa[1:]}" if len(mantissa) > 1 else ""
        power = point - 1
        return f"{minus}{mantissa[0]}{tail}e{'-' if power < 0 else '+'}{abs(power):02d}"
    if point <= 0:
        return f"{minus}0.{'0' * -point}{mantissa}"
    if point >= len(mantissa):
        return minus + mantissa + "0" * (point - len(mantissa))
    return f"{minus}{mantissa[:point]}.{mantissa[point:]}"


def _aligned(indent: int) -> int:
    """yaml.v3 puts nested content at the next multiple of the indentation."""
    return INDENT * ((indent + INDENT) // INDENT)


def _item(value: object, indent: int) -> str:
    """A value after `key:` or `- `; `indent` is where nested content starts."""
    if isinstance(value, Mapping):
        return " {}" if not value else "\n" + _mapping(value, indent)
    if isinstance(value, str):
        return " " + scalar(value, indent)
    if isinstance(value, bool):
        raise TypeError("booleans have no place in a test file")
    if isinstance(value, int):
        return f" {value}"
    if isinstance(value, float):
        return " " + format_float(value)
    if isinstance(value, Sequence):
        return " []" if not value else "\n" + _sequence(value, indent)
    raise TypeError(f"cannot write {type(value).__name__} to a test file")


def _mapping(mapping: Mapping[str, object], indent: int, *, first_inline: bool = False) -> str:
    lines = []
    for position, (key, value) in enumerate(mapping.items()):
        prefix = "" if first_inline and position == 0 else " " * indent
        lines.append(f"{prefix}{scalar(key, indent, simple_key=True)}:{_item(value, _aligned(indent))}")
    return "\n".join(lines)


def _sequence(items: Sequence[object], indent: int) -> str:
    lines = []
    for value in items:
        if isinstance(value, Mapping) and value:
            lines.append(" " * indent + "- " + _mapping(value, indent + 2, first_inline=True))
        else:
            lines.append(" " * indent + "-" + _item(value, indent + 2))
    return "\n".join(lines)


def dump(document: Mapping[str, object]) -> str:
    """The YAML text of `document` (a mapping, keys in order), ending with a newline."""
    return (_mapping(document, 0) if document else "{}") + "\n"
