"""What a generated client offers, read from its source: operation signatures and model fields.

The compatibility gate compares two clients (the committed one and the one just generated)
through this view. It parses the generated modules with `ast` instead of importing them, so
it works on a half-built tree and costs milliseconds per module.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

# Any module that imports a model, eager or lazy `models/__init__.py` alike.
_MODEL_IMPORT = re.compile(r"^\s*from \.(?P<module>\w+) import (?P<name>\w+)\s*$", re.MULTILINE)
# Set by regen in the modules it writes for an operation the spec lacks (see placeholders.py).
PLACEHOLDER_MARK = "UNSUPPORTED_ROUTE"
# Members of an operation's parsed result that say nothing about its 200 answer.
_RESULT_NOISE = frozenset({"HTTPValidationError", "None"})

Members = frozenset[str]


@dataclass(frozen=True)
class Slot:
    """A parameter or a field: the members of its type union, and whether it must be given."""

    type: Members
    required: bool


@dataclass(frozen=True)
class ModelShape:
    name: str
    fields: dict[str, Slot]
    refs: frozenset[str]  # model names its field types mention


@dataclass(frozen=True)
class OperationShape:
    module: str  # "apps.update_app"
    params: dict[str, Slot]
    result: Members  # what a 200 parses to, without the validation-error and None members
    placeholder: bool


Shape = ModelShape | OperationShape


def shape_to_json(shape: Shape) -> dict[str, Any]:
    """A shape as the lock keeps it (the baseline of an accepted breaking change)."""
    slots = shape.fields if isinstance(shape, ModelShape) else shape.params
    record: dict[str, Any] = {name: [sorted(slot.type), slot.required] for name, slot in sorted(slots.items())}
    if isinstance(shape, ModelShape):
        return {"model": shape.name, "fields": record, "refs": sorted(shape.refs)}
    return {"operation": shape.module, "params": record, "result": sorted(shape.result)}


def shape_from_json(record: Mapping[str, Any]) -> Shape:
    def slots(values: Mapping[str, Any]) -> dict[str, Slot]:
        return {name: Slot(frozenset(members), bool(required)) for name, (members, required) in values.items()}

    if "model" in record:
        return ModelShape(record["model"], slots(record["fields"]), frozenset(record["refs"]))
    return OperationShape(record["operation"], slots(record["params"]), frozenset(record["result"]), False)


def describe(members: Members) -> str:
    return " | ".join(sorted(members)) or "nothing"


class Surface:
    """A generated `revyl_api` package, read lazily: only what the gate asks about is parsed."""

    def __init__(self, package_dir: Path) -> None:
        self.package_dir = package_dir
        init = package_dir / "models" / "__init__.py"
        text = init.read_text(encoding="utf-8") if init.is_file() else ""
        self.model_modules: dict[str, str] = {m["name"]: m["module"] for m in _MODEL_IMPORT.finditer(text)}
        self._models: dict[str, ModelShape | None] = {}
        self._operations: dict[str, OperationShape | None] = {}

    def model(self, name: str) -> ModelShape | None:
        if name not in self._models:
            self._models[name] = self._read_model(name)
        return self._models[name]

    def operation(self, module: str) -> OperationShape | None:
        if module not in self._operations:
            self._operations[module] = self._read_operation(module)
        return self._operations[module]

    def _read_model(self, name: str) -> ModelShape | None:
        module = self.model_modules.get(name)
        tree = self._parse(self.package_dir / "models" / f"{module}.py") if module else None
        if tree is None:
            return None
        for node in tree.body:
            if isinstance(node, ast.ClassDef) and node.name == name:
                fields = {
                    item.target.id: Slot(union_members(item.annotation), _required(item.value))
                    for item in node.body
                    if isinstance(item, ast.AnnAssign)
                    and isinstance(item.target, ast.Name)
                    and item.target.id != "additional_properties"
                }
                refs = {ref for slot in fields.values() for member in slot.type for ref in _names(member)}
                return ModelShape(name, fields, frozenset(refs & self.model_modules.keys()))
        return ModelShape(name, {}, frozenset())  # an enum or a Literal alias: no fields

    def _read_operation(self, module: str) -> OperationShape | None:
        tag, _, function = module.partition(".")
        tree = self._parse(self.package_dir / "api" / tag / f"{function}.py")
        if tree is None:
            return None
        params: dict[str, Slot] = {}
        result: Members = frozenset()
        placeholder = False
        for node in tree.body:
            if isinstance(node, ast.FunctionDef) and node.name == "_get_kwargs":
                params = _parameters(node.args)
            elif isinstance(node, ast.FunctionDef) and node.name == "_parse_response" and node.returns:
                result = union_members(node.returns) - _RESULT_NOISE
            elif isinstance(node, ast.Assign) and any(
                isinstance(t, ast.Name) and t.id == PLACEHOLDER_MARK for t in node.targets
            ):
                placeholder = True
        return OperationShape(module, params, result, placeholder)

    @staticmethod
    def _parse(path: Path) -> ast.Module | None:
        try:
            return ast.parse(path.read_text(encoding="utf-8"))
        except (OSError, SyntaxError):
            return None


def union_members(node: ast.expr) -> Members:
    """`None | str | Unset` -> {"None", "str", "Unset"}; inner unions are sorted, so equal
    types give equal members however the generator ordered them."""
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitOr):
        return union_members(node.left) | union_members(node.right)
    if isinstance(node, ast.Constant) and isinstance(node.value, str):  # a quoted forward reference
        return union_members(ast.parse(node.value, mode="eval").body)
    return frozenset({_canonical(node)})


def _canonical(node: ast.expr) -> str:
    if isinstance(node, ast.Subscript) and ast.unparse(node.value) != "Literal":
        inner = node.slice.elts if isinstance(node.slice, ast.Tuple) else [node.slice]
        return f"{ast.unparse(node.value)}[{', '.join(describe(union_members(e)) for e in inner)}]"
    return ast.unparse(node)


def _names(member: str) -> set[str]:
    return set(re.findall(r"[A-Za-z_]\w*", member))


def _required(default: ast.expr | None) -> bool:
    """No default, or `_attrs_field(...)` without one (how presigned-URL fields are declared)."""
    if default is None:
        return True
    if isinstance(default, ast.Call) and ast.unparse(default.func) == "_attrs_field":
        return not any(keyword.arg in ("default", "factory") for keyword in default.keywords)
    return False


def _parameters(args: ast.arguments) -> dict[str, Slot]:
    positional = args.posonlyargs + args.args
    first_default = len(positional) - len(args.defaults)
    slots = {
        arg.arg: Slot(union_members(arg.annotation) if arg.annotation else frozenset(), index < first_default)
        for index, arg in enumerate(positional)
    }
    for arg, default in zip(args.kwonlyargs, args.kw_defaults, strict=True):
        slots[arg.arg] = Slot(union_members(arg.annotation) if arg.annotation else frozenset(), default is None)
    return slots
