"""Sync and async twins stay in step: the same methods, parameters and docstrings on both sides.

Twins are found by name, so a new one is checked without being listed: in each package of
revyl_sdk, a class `AsyncX` pairs with `X` or `SyncX` (`AsyncRevyl` / `Revyl`, `AsyncHub` /
`SyncHub`). Functions pair the same way between twin modules `x_sync` / `x_async`.

What is compared, after normalisation (see `_normalise`):
- the public members (no leading underscore) and the protocol dunders, mapped to their twin
  (`__enter__` / `__aenter__`, `__iter__` / `__aiter__` ...): the same names, each the same kind
  (method, property, class or static method);
- each method's parameters: names, kinds, defaults and annotations, and its return annotation;
- each member's docstring (`inspect.getdoc`, so indentation does not count).

Normalisation, applied to annotations and docstrings on both sides, so that the only differences
allowed are the ones sync/async forces:
1. a twin class name reads as its sync name: `AsyncX` -> `X` and `SyncX` -> `X` for any
   capitalised X (`AsyncRevyl` -> `Revyl`, `AsyncIterator` -> `Iterator`, `SyncPager` -> `Pager`);
2. the words `await` and `async` are dropped (`await run.wait()` reads `run.wait()`,
   `async with` reads `with`, `async for` reads `for`);
3. runs of spaces left by 2 become one space.
Nothing else is forgiven: a docstring that must differ in substance (Ctrl-C against task
cancellation, threads against tasks) is written so that it holds on both sides.

Not compared: `__init__` (twins are built by the client around a sync or an async transport,
never by callers) and the class docstring (the one place where a twin says how it differs, e.g.
that cancelling the task plays the part of Ctrl-C).
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from types import ModuleType
from typing import Any

import pytest
import revyl_sdk

# Protocol methods a caller uses, by their sync name -> async name.
PROTOCOL_TWINS = {
    "__enter__": "__aenter__",
    "__exit__": "__aexit__",
    "__iter__": "__aiter__",
    "__next__": "__anext__",
}
ASYNC_PROTOCOL = {async_name: sync_name for sync_name, async_name in PROTOCOL_TWINS.items()}

# Known differences, each with its reason. An entry that no longer trips fails
# `test_every_exception_to_the_rules_is_still_needed`, so this list only shrinks. Keys:
# "<sync class>.<member> <aspect>" (aspect: kind, signature or docstring; none when the member
# is missing on one side), or "<module>.<function> ..." for module twins.
ALLOWED = {
    # `async with client.devices.start(...)` needs an object with `__aenter__` before the session
    # exists, so the async start returns an `AsyncDeviceStart` (awaitable, and an async context
    # manager); the sync session is its own context manager. The docstrings say so.
    "Devices.start signature": "returns AsyncDeviceStart, not the session",
    "Devices.start docstring": "says how to use the AsyncDeviceStart",
    # Threads are a sync-only resource; async waits are tasks, which need no cap.
    "revyl_sdk._live.wait_sync.wait_all signature": "`max_threads` is sync only",
    "revyl_sdk._live.wait_sync.settle_all signature": "`max_threads` is sync only",
    "SyncHub.request_slots signature": "a threading semaphore on one side, an asyncio one on the other",
}

# Twins whose names do not pair by the convention: sync -> async. Internal functions of
# `_live.wait_sync` / `_live.wait_async` ("await_test" says the call is awaited), kept as they
# are; the public names they back (`TestRun.wait`, `Monitor.wait_all`) pair as they should.
RENAMED_TWINS = {
    "wait_for_test": "await_test",
    "wait_for_workflow": "await_workflow",
    "wait_all": "await_all",
}

# Pairs by name that are not twins of one public surface: sync -> why.
NOT_TWINS = {
    # httpx's two transport interfaces (`handle_request`/`close` against
    # `handle_async_request`/`aclose`): the names are httpx's, not ours.
    "SyncSDKTransport": "implements httpx.BaseTransport / httpx.AsyncBaseTransport",
}


_TWIN_PREFIX = re.compile(r"\b(?:Async|Sync)(?=[A-Z])")
_ASYNC_WORDS = re.compile(r"\b(?:await|async)\b ?")
_SPACES = re.compile(r" {2,}")


def _normalise(text: str) -> str:
    """`text` as it reads once sync/async wording is set aside (the rules in this module's docstring)."""
    text = _TWIN_PREFIX.sub("", text)
    text = _ASYNC_WORDS.sub("", text)
    return _SPACES.sub(" ", text)


def _modules() -> Iterator[ModuleType]:
    for info in pkgutil.walk_packages(revyl_sdk.__path__, "revyl_sdk."):
        if info.name.startswith("revyl_sdk.testing") or info.name.endswith("__main__"):
            continue  # the emulator (a server, no twins) and the CLI entry point (runs on import)
        yield importlib.import_module(info.name)


def _package(module_name: str) -> str:
    return module_name.rsplit(".", 1)[0]


def _class_twins(*, include_not_twins: bool = False) -> list[tuple[type, type]]:
    """Every (sync, async) class pair defined in revyl_sdk, paired by name within a package."""
    classes: dict[tuple[str, str], type] = {}
    for module in _modules():
        for name, obj in vars(module).items():
            if inspect.isclass(obj) and obj.__module__ == module.__name__ and not name.startswith("_"):
                classes[(_package(module.__name__), name)] = obj
    pairs = []
    for (package, name), async_class in sorted(classes.items()):
        if not name.startswith("Async"):
            continue
        sync_class = classes.get((package, name[len("Async"):])) or classes.get((package, "Sync" + name[len("Async"):]))
        if sync_class is not None and (include_not_twins or sync_class.__name__ not in NOT_TWINS):
            pairs.append((sync_class, async_class))
    return pairs


def _module_twins() -> list[tuple[ModuleType, ModuleType]]:
    """Every (x_sync, x_async) module pair: their public functions are twins."""
    modules = {module.__name__: module for module in _modules()}
    return [
        (module, modules[name.removesuffix("_sync") + "_async"])
        for name, module in sorted(modules.items())
        if name.endswith("_sync") and name.removesuffix("_sync") + "_async" in modules
    ]


@dataclass(frozen=True)
class Member:
    kind: str
    signature: str
    doc: str


def _describe(value: Any) -> Member:
    if isinstance(value, property):
        return Member("property", _signature_text(value.fget), _normalise(inspect.getdoc(value) or ""))
    if isinstance(value, classmethod | staticmethod):
        return Member(type(value).__name__, _signature_text(value.__func__), _normalise(inspect.getdoc(value) or ""))
    if callable(value):
        return Member("method", _signature_text(value), _normalise(inspect.getdoc(value) or ""))
    return Member("attribute", "", "")


def _signature_text(function: Callable[..., Any] | None) -> str:
    """Parameters (names, kinds as `/` and `*`, defaults, annotations) and return annotation, normalised."""
    return "" if function is None else _normalise(str(inspect.signature(function)))


def _own_members(cls: type) -> dict[str, Any]:
    """Public members and protocol dunders, inherited ones included, as found on the class."""
    members: dict[str, Any] = {}
    for klass in reversed(cls.__mro__[:-1]):  # object's members are the same on every class
        for name, value in vars(klass).items():
            if not name.startswith("_") or name in PROTOCOL_TWINS or name in PROTOCOL_TWINS.values():
                members[name] = value
    return members


def _class_differences(sync_class: type, async_class: type) -> dict[str, str]:
    sync_members = _own_members(sync_class)
    async_members = _own_members(async_class)
    differences: dict[str, str] = {}
    sync_names = {ASYNC_PROTOCOL.get(name, name) for name in async_members}
    for name in sorted(set(sync_members) | sync_names):
        async_name = PROTOCOL_TWINS.get(name, name)
        key = f"{sync_class.__name__}.{name}"
        if name not in sync_members:
            differences[key] = f"only on {async_class.__name__}"
        elif async_name not in async_members:
            differences[key] = f"missing on {async_class.__name__} (as {async_name})"
        else:
            differences.update(_compare(key, _describe(sync_members[name]), _describe(async_members[async_name])))
    return differences


def _compare(key: str, sync: Member, async_: Member) -> dict[str, str]:
    """The aspects in which two twin members differ, keyed `<key> kind|signature|docstring`."""
    differences = {}
    if sync.kind != async_.kind:
        differences[f"{key} kind"] = f"{sync.kind} / {async_.kind}"
    if sync.signature != async_.signature:
        differences[f"{key} signature"] = f"\n  sync  {sync.signature}\n  async {async_.signature}"
    if sync.doc != async_.doc:
        differences[f"{key} docstring"] = f"\n  sync  {sync.doc!r}\n  async {async_.doc!r}"
    return differences


def _module_differences(sync_module: ModuleType, async_module: ModuleType) -> dict[str, str]:
    def functions(module: ModuleType) -> dict[str, Any]:
        return {
            name: obj for name, obj in vars(module).items()
            if inspect.isfunction(obj) and obj.__module__ == module.__name__ and not name.startswith("_")
        }

    sync_functions, async_functions = functions(sync_module), functions(async_module)
    paired_async = {RENAMED_TWINS.get(name, name) for name in sync_functions}
    differences: dict[str, str] = {}
    for name, function in sorted(sync_functions.items()):
        key = f"{sync_module.__name__}.{name}"
        async_name = RENAMED_TWINS.get(name, name)
        if async_name not in async_functions:
            differences[key] = f"missing in {async_module.__name__} (as {async_name})"
        else:
            differences.update(_compare(key, _describe(function), _describe(async_functions[async_name])))
    for name in sorted(set(async_functions) - paired_async):
        differences[f"{async_module.__name__}.{name}"] = f"only in {async_module.__name__}"
    return differences


def _differences(sync: Any, async_: Any) -> dict[str, str]:
    if isinstance(sync, ModuleType):
        return _module_differences(sync, async_)
    return _class_differences(sync, async_)


TWINS: list[tuple[Any, Any]] = [*_class_twins(), *_module_twins()]


def test_twins_are_found_by_name() -> None:
    found = {(sync.__name__, async_.__name__) for sync, async_ in TWINS}
    # A sample the discovery must keep finding: if a rename breaks the convention, this says so.
    expected = {
        ("Revyl", "AsyncRevyl"), ("Tests", "AsyncTests"), ("Devices", "AsyncDevices"),
        ("DeviceSession", "AsyncDeviceSession"), ("SyncHub", "AsyncHub"), ("TestRun", "AsyncTestRun"),
        ("TestResult", "AsyncTestResult"), ("EventStream", "AsyncEventStream"), ("SyncPager", "AsyncPager"),
        ("revyl_sdk._live.wait_sync", "revyl_sdk._live.wait_async"),
    }
    assert expected <= found


@pytest.mark.parametrize(("sync", "async_"), TWINS, ids=[f"{s.__name__}/{a.__name__}" for s, a in TWINS])
def test_twins_have_the_same_members_parameters_and_docstrings(sync: Any, async_: Any) -> None:
    unexpected = {key: why for key, why in _differences(sync, async_).items() if key not in ALLOWED}
    assert not unexpected, "sync/async twins differ:\n" + "\n".join(f"{k}: {v}" for k, v in unexpected.items())


def test_every_exception_to_the_rules_is_still_needed() -> None:
    differences: dict[str, str] = {}
    for sync, async_ in TWINS:
        differences.update(_differences(sync, async_))
    stale = sorted(set(ALLOWED) - set(differences))
    assert not stale, f"remove from ALLOWED, the twins agree now: {stale}"
    paired = {sync.__name__ for sync, _ in _class_twins(include_not_twins=True)}
    assert set(NOT_TWINS) <= paired, f"remove from NOT_TWINS, no such pair now: {set(NOT_TWINS) - paired}"


@pytest.mark.parametrize(("sync_text", "async_text"), [
    ("Wait for it: `run.wait()`.", "Wait for it: `await run.wait()`."),
    ("`with client.devices.start() as d:`", "`async with client.devices.start() as d:`"),
    ("Returns a `Revyl` and an `Iterator[Event]`.", "Returns a `AsyncRevyl` and an `AsyncIterator[Event]`."),
])
def test_normalisation_forgives_only_sync_async_wording(sync_text: str, async_text: str) -> None:
    assert _normalise(sync_text) == _normalise(async_text)


def test_normalisation_keeps_other_differences() -> None:
    assert _normalise("Ctrl-C cancels the step.") != _normalise("Cancelling the task cancels the step.")
    assert _normalise("Asynchronous upload.") != _normalise("Upload.")



def _public(cls: type) -> bool:
    """Exported by `revyl_sdk`, or a resource (`client.tests` ...)."""
    import revyl_sdk

    return cls.__name__ in revyl_sdk.__all__ or cls.__module__.startswith("revyl_sdk.resources.")


@pytest.mark.parametrize(("sync", "async_"), [pair for pair in TWINS if isinstance(pair[0], type) and _public(pair[0])],
                         ids=lambda cls: cls.__name__)
def test_every_public_method_of_a_twin_says_what_it_does(sync: type, async_: type) -> None:
    """The twins' docstrings are compared above; here neither may be empty."""
    undocumented = [f"{cls.__name__}.{name}" for cls in (sync, async_)
                    for name, value in _own_members(cls).items()
                    if not name.startswith("_") and _describe(value).kind != "attribute" and not _describe(value).doc]
    assert not undocumented, f"no docstring: {', '.join(undocumented)}"
