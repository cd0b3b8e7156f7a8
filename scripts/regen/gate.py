"""The compatibility gate: does the SDK overlay still fit a freshly generated client?

Each SDK method declares (overlay/revyl_sdk/_manifest) the operations, parameters, models
and fields it uses. The gate looks each one up in the new client and compares it with the
client the overlay was last type-checked against (the committed `generated/`):

- an operation: still generated for its route, every parameter the SDK passes still there
  with a type that accepts at least what it accepted, no new required parameter, and a 200
  that parses to nothing the SDK has not seen before;
- a model: still generated; fields the SDK sends accept at least the values they accepted
  (`None` only where the manifest says the SDK sends null) and no required field was added;
  fields the SDK reads hold nothing new (no new `None`, no new `Unset`, no other model).
  A field the SDK reads only when present, or sends only when the user gives it, degrades
  the method when it is missing, and breaks it when it changed.

A model the SDK sends is one reachable from a `body` parameter of a declared operation;
every other model is read. Something a method declares optional (an upload flow, the
monitor stream behind waits) only degrades the method when it is missing, unless that
leaves the method none of its flows; if it changed, the method breaks.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from regen.surface import ModelShape, OperationShape, Shape, Slot, Surface, describe

if TYPE_CHECKING:
    from revyl_sdk._manifest.needs import Model, Needs, Operation


@dataclass(frozen=True)
class Row:
    """One line of the gate's table: an SDK method and what changed under it."""

    method: str
    change: str  # "PATCH /api/v1/apps/{app_id}: operation removed"
    subject: str = ""  # the route or model it is about, if any


@dataclass
class GateReport:
    breakages: list[Row] = field(default_factory=list)
    degraded: list[Row] = field(default_factory=list)  # optional parts lost; the method works
    flows: dict[str, list[str]] = field(default_factory=dict)  # method -> flows it can use
    missing_routes: dict[str, str] = field(default_factory=dict)  # route -> module, for placeholders
    missing_models: set[str] = field(default_factory=set)
    baselines: dict[str, Shape] = field(default_factory=dict)  # broken subject -> what the SDK expects
    accepted: set[tuple[str, str]] = field(default_factory=set)  # (method, change) accepted by an earlier regen

    @property
    def broken_methods(self) -> list[str]:
        return sorted({row.method for row in self.breakages})

    @property
    def new_breakages(self) -> list[Row]:
        return [row for row in self.breakages if (row.method, row.change) not in self.accepted]


def check(
    methods: Mapping[str, Needs],
    old: Surface | None,
    new: Surface,
    routes: Mapping[str, str],
    baselines: Mapping[str, Shape] | None = None,
) -> GateReport:
    """Compare what `methods` need in `new` (baseline: `old`); `routes` maps each route the
    new spec has to its generated module (`"apps.update_app"`). `baselines`: what the SDK
    expects of routes and models whose breaking change an earlier regen accepted (`old`
    holds the changed version); kept in the report for as long as they stay broken."""
    checker = _Checker(methods, old, new, routes, dict(baselines or {}))
    report = GateReport()
    for method, needs in sorted(methods.items()):
        problems: dict[str, list[str]] = {}  # subject (route or model) -> changes
        for operation in needs.operations:
            problems[operation.route] = checker.operation(operation)
            if operation.route not in routes:
                report.missing_routes[operation.route] = operation.module
        for model in needs.models:
            problems[model.name] = checker.model(model)
            if new.model(model.name) is None:
                report.missing_models.add(model.name)
            report.degraded.extend(Row(method, f"{model.name}: {change}", model.name)
                                   for change in checker.missing_optional_fields(model))
        # Only what is missing degrades a method: placeholders keep its code loading and
        # type-checking. Something optional that changed would leave code that does neither.
        optional = {op.route for op in needs.operations if op.optional and op.route not in routes}
        optional |= {m.name for m in needs.models if m.optional and new.model(m.name) is None}
        for subject, changes in problems.items():
            rows = report.degraded if subject in optional else report.breakages
            rows.extend(Row(method, f"{subject}: {change}", subject) for change in changes)
        if needs.flows:
            usable = [f.name for f in needs.flows if not any(problems.get(s) for s in (*f.routes, *f.models))]
            report.flows[method] = usable
            if not usable:
                names = ", ".join(f.name for f in needs.flows)
                report.breakages.append(Row(method, f"none of its flows is left ({names})"))
    report.baselines = {row.subject: shape for row in report.breakages
                        if (shape := checker.baseline(row.subject)) is not None}
    return report


class _Checker:
    """Changes per operation and per model, each computed once however many methods share it."""

    def __init__(
        self, methods: Mapping[str, Needs], old: Surface | None, new: Surface, routes: Mapping[str, str],
        baselines: dict[str, Shape],
    ) -> None:
        self._old = old
        self._baselines = baselines
        self._new = new
        self._routes = routes
        self._operations: dict[Operation, list[str]] = {}
        self._models: dict[Model, list[str]] = {}
        self._sent = sent_models(methods, old if old is not None else new)
        # A route's module is the one the SDK declares (stable names keep it so).
        self._routes_old = {op.route: op.module for needs in methods.values() for op in needs.operations}

    def baseline(self, subject: str) -> Shape | None:
        """What the SDK expects of a route or model: an accepted baseline, else the old client's."""
        if subject in self._baselines or self._old is None:
            return self._baselines.get(subject)
        module = self._routes_old.get(subject)
        found = self._old.operation(module) if module is not None else self._old.model(subject)
        return None if isinstance(found, OperationShape) and found.placeholder else found

    def operation(self, operation: Operation) -> list[str]:
        if operation not in self._operations:
            self._operations[operation] = list(self._operation_changes(operation))
        return self._operations[operation]

    def model(self, model: Model) -> list[str]:
        if model not in self._models:
            self._models[model] = list(self._model_changes(model))
        return self._models[model]

    def missing_optional_fields(self, model: Model) -> list[str]:
        new = self._new.model(model.name)
        if new is None:
            return []
        use = "sent only when given: refused then" if model.name in self._sent else "read only when present"
        return [f"field `{name}` missing ({use})" for name in model.optional_fields if name not in new.fields]

    def _operation_changes(self, operation: Operation) -> Iterable[str]:
        module = self._routes.get(operation.route)
        if module is None:
            yield "operation removed"
            return
        if module != operation.module:
            yield f"operation generated as {module}, the SDK imports {operation.module}"
            return
        new = self._new.operation(module)
        if new is None:
            yield "operation module missing"
            return
        baseline = self.baseline(operation.route)
        old = baseline if isinstance(baseline, OperationShape) else None
        yield from _parameter_changes(operation.params, old, new)
        if old is not None and not new.result <= old.result:
            yield f"200 response changed: {describe(old.result)} -> {describe(new.result)}"

    def _model_changes(self, model: Model) -> Iterable[str]:
        new = self._new.model(model.name)
        if new is None:
            yield "model removed"
            return
        baseline = self.baseline(model.name)
        old = baseline if isinstance(baseline, ModelShape) else None
        sent = model.name in self._sent
        side = "request" if sent else "response"
        for name in (*model.fields, *model.optional_fields):
            slot = new.fields.get(name)
            before = old.fields.get(name) if old is not None else None
            if slot is None:
                if name in model.fields:
                    yield f"{side} field `{name}` {_removed(name, old, new)}"
            elif before is not None and not _fits(before, slot, sent=sent, nullable=name in model.nullable):
                yield f"{side} field `{name}` type changed: {describe(before.type)} -> {describe(slot.type)}"
        if sent and (model.fields or model.optional_fields):  # none declared: the user builds it, not the SDK
            for name, slot in sorted(new.fields.items()):
                known = old.fields.get(name) if old is not None else None
                # An optional field that became required breaks too: the SDK may not send it.
                if slot.required and name not in model.fields and not (known is not None and known.required):
                    yield f"required field `{name}` added"


def _fits(old: Slot, new: Slot, *, sent: bool, nullable: bool) -> bool:
    """A sent field must still accept what the SDK sends (a value: never `Unset`, and `None`
    only where declared nullable); a read one must hold nothing the SDK never saw."""
    if not sent:
        return new.type <= old.type
    sends = old.type - {"Unset"} - (set() if nullable else {"None"})
    return sends <= new.type


def _removed(name: str, old: ModelShape | OperationShape | None, new: ModelShape | OperationShape) -> str:
    """"removed", or "renamed?" naming what appeared in its place."""
    before = old.fields if isinstance(old, ModelShape) else old.params if old is not None else None
    after = new.fields if isinstance(new, ModelShape) else new.params
    appeared = sorted(after.keys() - before.keys()) if before is not None else []
    if appeared:
        return f"removed (renamed? new: {', '.join(f'`{a}`' for a in appeared[:3])})"
    return "removed"


def _parameter_changes(params: tuple[str, ...], old: OperationShape | None, new: OperationShape) -> Iterable[str]:
    for name in params:
        slot = new.params.get(name)
        before = old.params.get(name) if old is not None else None
        if slot is None:
            yield f"parameter `{name}` {_removed(name, old, new)}"
        elif before is not None and not before.type <= slot.type:
            yield f"parameter `{name}` type changed: {describe(before.type)} -> {describe(slot.type)}"
    for name, slot in sorted(new.params.items()):
        known = old.params.get(name) if old is not None else None
        if slot.required and name not in params and not (known is not None and known.required):
            yield f"required parameter `{name}` added"


def sent_models(methods: Mapping[str, Needs], surface: Surface) -> set[str]:
    """Models the SDK sends: reachable from the `body` of an operation some method declares."""
    declared = {op.module for needs in methods.values() for op in needs.operations}
    return _reachable(surface, [_body_models(surface, module) for module in sorted(declared)])


def _body_models(surface: Surface, module: str) -> set[str]:
    operation = surface.operation(module)
    body = operation.params.get("body") if operation is not None else None
    if body is None:
        return set()
    return {name for member in body.type for name in surface.model_modules if name == member.strip("'\"")}


def _reachable(surface: Surface, roots: Iterable[set[str]]) -> set[str]:
    seen: set[str] = set()
    pending = [name for group in roots for name in group]
    while pending:
        name = pending.pop()
        if name in seen:
            continue
        seen.add(name)
        shape = surface.model(name)
        if shape is not None:
            pending.extend(shape.refs)
    return seen
