"""The vocabulary of the manifest: operations, models, flows and what a method needs of them.

Data only: regen reads these declarations with no `revyl_api` importable.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Operation:
    """A generated operation, by its HTTP route (stable across specs) and its import path."""

    route: str  # "PATCH /api/v1/apps/{app_id}"
    module: str  # "apps.update_app": revyl_api.api.apps.update_app
    params: tuple[str, ...] = ()  # keyword arguments the SDK passes: path/query names, "body"
    optional: bool = False  # the method has a fallback when the spec lacks this operation


@dataclass(frozen=True)
class Model:
    """A generated model (`revyl_api.models.<name>`) and the fields the SDK sets or reads.

    No fields: the SDK only passes the model through (returns it, or sends what the user
    built) and depends on none of its fields. Whether the SDK sends or reads a model is not
    declared: regen sees it in the generated client (a model reachable from an operation's
    body is sent, any other is read).
    """

    name: str
    fields: tuple[str, ...] = ()
    optional: bool = False  # only needed by optional operations (see `Flow`)
    # Fields a method can do without: read when the client has them (`getattr` with a
    # default), or sent only when the user gives them (`build_model` refuses one the client
    # lacks). A client that lacks one only degrades the method.
    optional_fields: tuple[str, ...] = ()
    # Sent fields the SDK may set to null (a share link with no expiry). Any other field it
    # sends carries a value: a field becoming required or non-nullable does not break it.
    nullable: tuple[str, ...] = ()


@dataclass(frozen=True)
class Flow:
    """One way a method can do its job, in the order it prefers them.

    A method that declares flows works while one of them has all its routes and models;
    regen reports which ones a client offers (`builds.upload`: multipart, upload-session,
    legacy; waits: the monitor stream, else polling).
    """

    name: str
    routes: tuple[str, ...] = ()
    models: tuple[str, ...] = ()


@dataclass(frozen=True)
class Needs:
    """Everything one SDK method uses of the generated client."""

    operations: tuple[Operation, ...]
    models: tuple[Model, ...] = ()
    flows: tuple[Flow, ...] = ()


def combined(*tables: dict[str, Needs]) -> dict[str, Needs]:
    """The areas' tables as one; a method declared by two areas (`tests.run` starts a run and,
    given a name, looks it up first) needs what both declare."""
    methods: dict[str, Needs] = {}
    for table in tables:
        for key, needs in table.items():
            known = methods.get(key)
            methods[key] = needs if known is None else Needs(
                known.operations + needs.operations, known.models + needs.models, known.flows + needs.flows
            )
    return methods
