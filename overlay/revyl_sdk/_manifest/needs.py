"""The vocabulary of the manifest: operations, models and what a method needs of them."""

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
    """A generated model (`revyl_api.models.<name>`) and the fields the SDK sets or reads."""

    name: str
    fields: tuple[str, ...] = ()


@dataclass(frozen=True)
class Needs:
    """Everything one SDK method uses of the generated client."""

    operations: tuple[Operation, ...]
    models: tuple[Model, ...] = ()
