"""Reading the JSON answers of proxied device actions into the models of `actions`.

Declared fields are type-checked (a wrong type is an unreadable answer) and unknown keys
are kept in the model's `raw`, so the SDK and the emulator's tests read answers alike.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from collections.abc import Mapping
from typing import Any, TypeVar

__all__ = ["body_of", "read_model"]

ModelT = TypeVar("ModelT")

_HINTS: dict[type, dict[str, Any]] = {}


def _hints(cls: type) -> dict[str, Any]:
    if cls not in _HINTS:
        _HINTS[cls] = typing.get_type_hints(cls)
    return _HINTS[cls]


def _allowed(annotation: Any) -> tuple[type, ...]:
    """Runtime types a JSON value may have for `annotation` (`int | None`, `dict[str, Any]`...)."""
    if annotation is Any:
        return (object,)
    if isinstance(annotation, types.UnionType) or typing.get_origin(annotation) is typing.Union:
        return tuple(t for arg in typing.get_args(annotation) for t in _allowed(arg))
    if annotation is None or annotation is type(None):
        return (type(None),)
    origin = typing.get_origin(annotation) or annotation
    if origin is Mapping:
        return (dict,)
    if origin is float:
        return (int, float)
    return (origin,)


def _coerce(name: str, value: Any, annotation: Any) -> Any:
    allowed = _allowed(annotation)
    if isinstance(value, bool) and bool not in allowed and object not in allowed:
        raise ValueError(f"{name}: expected {_names(allowed)}, got a boolean")
    if isinstance(value, float) and int in allowed and float not in allowed and value.is_integer():
        return int(value)  # a worker may send 300.0 for an integer pixel
    if not isinstance(value, allowed):
        raise ValueError(f"{name}: expected {_names(allowed)}, got {type(value).__name__}")
    return value


def _names(allowed: tuple[type, ...]) -> str:
    return " or ".join("null" if t is type(None) else t.__name__ for t in allowed)


def read_model(cls: type[ModelT], data: Any) -> ModelT:
    """`cls` from a JSON answer: declared fields type-checked, every key kept in `raw`.

    Raises ValueError naming the first field that is missing (when required) or mistyped.
    """
    if not isinstance(data, dict):
        raise ValueError(f"expected a JSON object, got {type(data).__name__}")
    hints = _hints(cls)
    values: dict[str, Any] = {}
    for spec in dataclasses.fields(cls):  # type: ignore[arg-type]
        if spec.name == "raw":
            continue
        if spec.name not in data:
            if spec.default is dataclasses.MISSING and spec.default_factory is dataclasses.MISSING:
                raise ValueError(f"{spec.name}: missing")
            continue
        values[spec.name] = _coerce(spec.name, data[spec.name], hints[spec.name])
    return cls(**values, raw=data)  # type: ignore[call-arg]


def body_of(model: object) -> dict[str, Any]:
    """A request model as the JSON body the worker expects: fields left as None are omitted."""
    return {k: v for k, v in dataclasses.asdict(model).items() if v is not None}  # type: ignore[call-overload]
