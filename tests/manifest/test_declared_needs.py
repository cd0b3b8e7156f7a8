"""Every manifest declaration names something the committed generated client really has:
the operation module, its route, the keyword arguments the SDK passes, each model and field."""

from __future__ import annotations

import importlib
import inspect

import attrs
import pytest
from revyl_sdk._manifest import METHODS, Model, Operation


class _Body:
    """Stands in for any request body model."""

    def to_dict(self) -> dict[str, object]:
        return {}

    def to_multipart(self) -> list[object]:
        return []


OPERATIONS = sorted({(method, operation) for method, needs in METHODS.items() for operation in needs.operations},
                    key=lambda pair: (pair[0], pair[1].route))
MODELS = sorted({(method, model) for method, needs in METHODS.items() for model in needs.models},
                key=lambda pair: (pair[0], pair[1].name))


@pytest.mark.parametrize(("method", "operation"), OPERATIONS, ids=lambda x: x if isinstance(x, str) else x.route)
def test_operation_exists_with_its_route_and_params(method: str, operation: Operation) -> None:
    module = importlib.import_module(f"revyl_api.api.{operation.module}")
    http_method, _, route = operation.route.partition(" ")
    parameters = inspect.signature(module._get_kwargs).parameters
    assert set(operation.params) <= set(parameters), (method, set(operation.params) - set(parameters))
    dummy = {name: "x" for name, p in parameters.items() if p.default is inspect.Parameter.empty and name != "body"}
    if "body" in parameters and parameters["body"].default is inspect.Parameter.empty:
        dummy["body"] = _Body()
    kwargs = module._get_kwargs(**dummy)
    assert kwargs["method"].upper() == http_method
    assert kwargs["url"] == route.format(**{name: "x" for name in dummy}), method


@pytest.mark.parametrize(("method", "model"), MODELS, ids=lambda x: x if isinstance(x, str) else x.name)
def test_model_exists_with_its_fields(method: str, model: Model) -> None:
    generated = getattr(importlib.import_module("revyl_api.models"), model.name)
    fields = {field.name for field in attrs.fields(generated)} if attrs.has(generated) else set()
    assert set(model.fields) <= fields, (method, set(model.fields) - fields)


def test_every_new_lookup_and_report_method_is_declared() -> None:
    declared = {"tests.list", "tests.get", "tests.find", "tests.history", "tests.run by name", "workflows.list",
                "workflows.get", "workflows.find", "workflows.run by name", "TestResult.report",
                "TestResult.download_artifacts", "WorkflowResult.report", "WorkflowResult.download_artifacts"}
    assert declared <= set(METHODS)
