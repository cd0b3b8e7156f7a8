"""Overlay patches: update/remove/no-match semantics, idempotency, and the project's patches."""

from __future__ import annotations

import copy
import json

import pytest
from regen.errors import RegenError
from regen.layout import PATCHES_DIR
from regen.overlay import apply_overlays, load_overlays, parse_overlay
from regen.pipeline import prepare
from regen_helpers import HISTORY, PINNED_SPEC, json_response, make_spec, ref


def overlay(*actions: dict[str, object]) -> dict[str, object]:
    return {"overlay": "1.0.0", "info": {"title": "t", "version": "1"}, "actions": list(actions)}


def apply(doc: dict[str, object], *actions: dict[str, object]) -> tuple[dict, list[int]]:
    patched, results = apply_overlays(doc, [parse_overlay(overlay(*actions), "t.yaml")])
    return patched, [result.matched for result in results]


def test_update_merges_objects_recursively_and_replaces_scalars() -> None:
    doc = make_spec({"/a": {"get": {"summary": "old", "tags": ["A"]}}})
    patched, matched = apply(doc, {"target": "$.paths['/a'].get", "update": {"summary": "new", "x-extra": {"k": 1}}})
    assert patched["paths"]["/a"]["get"] == {"summary": "new", "tags": ["A"], "x-extra": {"k": 1}}
    assert matched == [1]


def test_update_appends_array_items_that_are_not_there_yet() -> None:
    doc = make_spec({"/a": {"get": {"tags": ["A"]}}})
    patched, _ = apply(doc, {"target": "$.paths['/a'].get", "update": {"tags": ["A", "B"]}})
    assert patched["paths"]["/a"]["get"]["tags"] == ["A", "B"]


def test_update_on_an_array_target_appends() -> None:
    doc = make_spec({"/a": {"get": {"tags": ["A"]}}})
    patched, _ = apply(doc, {"target": "$.paths['/a'].get.tags", "update": ["B"]})
    assert patched["paths"]["/a"]["get"]["tags"] == ["A", "B"]


def test_remove_deletes_every_match_including_array_items() -> None:
    doc = make_spec({"/a": {"get": {"tags": ["x", "keep", "x"]}, "post": {}}})
    patched, matched = apply(
        doc,
        {"target": "$.paths['/a'].post", "remove": True},
        {"target": "$.paths['/a'].get.tags[?@ == 'x']", "remove": True},
    )
    assert patched["paths"]["/a"] == {"get": {"tags": ["keep"]}}
    assert matched == [1, 2]


def test_a_target_matching_nothing_is_a_counted_no_op() -> None:
    doc = make_spec({"/a": {"get": {}}})
    patched, matched = apply(
        doc,
        {"target": "$.paths['/missing'].get", "update": {"summary": "x"}},
        {"target": "$.paths['/missing']", "remove": True},
    )
    assert patched == doc
    assert matched == [0, 0]


def test_applying_twice_equals_applying_once() -> None:
    doc = make_spec({"/a": {"get": {"tags": ["A"]}}})
    action = {"target": "$.paths", "update": {"/b": {"post": {"tags": ["B"], "x": [1, {"y": 2}]}}}}
    once, _ = apply(doc, action)
    twice, _ = apply(once, action)
    assert twice == once


def test_the_input_document_is_not_modified() -> None:
    doc = make_spec({"/a": {"get": {"tags": ["A"]}}})
    before = copy.deepcopy(doc)
    apply(doc, {"target": "$.paths['/a'].get", "update": {"tags": ["B"]}})
    assert doc == before


@pytest.mark.parametrize(
    ("document", "problem"),
    [
        ({"info": {"title": "t", "version": "1"}, "actions": []}, "Overlay 1.x"),
        (overlay(), "non-empty"),
        (overlay({"target": "$.paths"}), "exactly one of"),
        (overlay({"target": "$.paths", "update": {}, "remove": True}), "exactly one of"),
        (overlay({"target": "$[", "remove": True}), "not valid JSONPath"),
    ],
)
def test_malformed_overlays_are_rejected_with_the_file_name(document: object, problem: str) -> None:
    with pytest.raises(RegenError, match=f"patch bad.yaml: .*{problem}"):
        parse_overlay(document, "bad.yaml")


def test_updating_a_scalar_target_is_an_error() -> None:
    with pytest.raises(RegenError, match="needs an object or array target"):
        apply(make_spec(), {"target": "$.openapi", "update": {"a": 1}})


# The project's own patches, on real specs.


def load_spec(name: str) -> dict:
    path = PINNED_SPEC if name == "pinned" else next(p for p in HISTORY if p.name.startswith(name))
    return json.loads(path.read_bytes())


def test_project_patches_restore_validate_yaml_and_workflow_cancel_on_the_pinned_spec() -> None:
    pinned = load_spec("pinned")
    assert "/api/v1/tests/yaml/validate-yaml" not in pinned["paths"]
    patched, _ = apply_overlays(pinned, load_overlays(PATCHES_DIR))
    validate = patched["paths"]["/api/v1/tests/yaml/validate-yaml"]["post"]
    assert validate["requestBody"]["content"]["application/json"]["schema"] == ref("ValidationRequest")
    assert {"ValidationRequest", "ValidationResponse", "ValidationTypeEnum"} <= set(patched["components"]["schemas"])
    cancel = patched["paths"]["/api/v1/workflows/status/cancel/{task_id}"]["post"]
    assert cancel["responses"]["200"] == json_response(ref("WorkflowCancelResponse")) | {
        "description": "Successful Response"
    }
    assert "/api/v1/execution/api/v1/workflows/status/cancel/{task_id}" in patched["paths"]


def test_validate_yaml_patch_changes_nothing_where_the_spec_still_lists_it() -> None:
    listed = load_spec("2026-05-22")
    patched, _ = apply_overlays(listed, load_overlays(PATCHES_DIR))
    path = "/api/v1/tests/yaml/validate-yaml"
    assert patched["paths"][path] == listed["paths"][path]
    for name in ("ValidationRequest", "ValidationResponse", "ValidationTypeEnum"):
        assert patched["components"]["schemas"][name] == listed["components"]["schemas"][name]


def test_event_stream_patch_declares_text_event_stream() -> None:
    patched, _ = apply_overlays(load_spec("pinned"), load_overlays(PATCHES_DIR))
    content = patched["paths"]["/api/v1/monitor/stream/unified"]["get"]["responses"]["200"]["content"]
    assert content == {"text/event-stream": {"schema": {"type": "string"}}}


def test_event_stream_patch_is_a_no_op_on_specs_without_the_stream() -> None:
    subset = load_spec("2026-07-10")
    assert "/api/v1/monitor/stream/unified" not in subset["paths"]
    patched, results = apply_overlays(subset, load_overlays(PATCHES_DIR))
    assert [r.matched for r in results if r.overlay == "30-event-streams.yaml"] == [0, 0, 0, 0]
    unrelated = set(patched["paths"]) - {
        "/api/v1/tests/yaml/validate-yaml",
        "/api/v1/workflows/status/cancel/{task_id}",
    }
    assert unrelated == set(subset["paths"])


def test_patches_needing_schemas_a_spec_lacks_fail_clearly() -> None:
    bare = make_spec({"/a": {"get": {"responses": {"200": json_response({"type": "string"})}}}})
    with pytest.raises(RegenError, match="patches refer to schemas this spec lacks: HTTPValidationError"):
        prepare(bare, load_overlays(PATCHES_DIR), [])
