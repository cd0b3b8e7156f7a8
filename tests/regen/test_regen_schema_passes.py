"""Schema naming passes: -Input/-Output twins, mangled names, class-name collisions, pruning."""

from __future__ import annotations

import copy
from typing import Any

from regen.passes.class_names import unique_class_names
from regen.passes.mangled_names import rename_mangled_schemas
from regen.passes.prune import drop_unreferenced_schemas
from regen.passes.schema_twins import resolve_schema_twins
from regen_helpers import json_response, make_spec, ref


def obj(title: str, **properties: Any) -> dict[str, Any]:
    return {"type": "object", "title": title, "properties": properties}


def using(*names: str) -> dict[str, Any]:
    """Paths referring to each named schema, so nothing is unreferenced."""
    return {f"/{name}": {"get": {"responses": {"200": json_response(ref(name))}}} for name in names}


def response_ref(doc: dict[str, Any], path: str) -> str:
    return doc["paths"][path]["get"]["responses"]["200"]["content"]["application/json"]["schema"]["$ref"]


# -Input / -Output twins


def test_identical_twins_merge_into_one_schema_and_refs_follow() -> None:
    doc = make_spec(
        using("X-Input", "X-Output"),
        {"X-Input": obj("X", a={"type": "string"}), "X-Output": obj("X", a={"type": "string"})},
    )
    new, report = resolve_schema_twins(doc)
    assert list(new["components"]["schemas"]) == ["X"]
    assert response_ref(new, "/X-Input") == response_ref(new, "/X-Output") == "#/components/schemas/X"
    assert report == ["X: merged identical -Input/-Output"]


def test_twins_differing_only_through_mergeable_twins_merge_recursively() -> None:
    schemas = {
        "Outer-Input": obj("Outer", inner=ref("Inner-Input"), self=ref("Outer-Input")),
        "Outer-Output": obj("Outer", inner=ref("Inner-Output"), self=ref("Outer-Output")),
        "Inner-Input": obj("Inner", v={"type": "integer"}),
        "Inner-Output": obj("Inner", v={"type": "integer"}),
    }
    new, _ = resolve_schema_twins(make_spec(using(*schemas), schemas))
    assert set(new["components"]["schemas"]) == {"Outer", "Inner"}
    assert new["components"]["schemas"]["Outer"]["properties"]["inner"] == ref("Inner")


def test_different_twins_stay_apart_with_distinct_titles() -> None:
    schemas = {
        "Outer-Input": obj("Outer", inner=ref("Inner-Input")),
        "Outer-Output": obj("Outer", inner=ref("Inner-Output")),
        "Inner-Input": obj("Inner", v={"type": "integer"}),
        "Inner-Output": {**obj("Inner", v={"type": "integer"}), "required": ["v"]},
    }
    new, _ = resolve_schema_twins(make_spec(using(*schemas), schemas))
    titles = {key: schema["title"] for key, schema in new["components"]["schemas"].items()}
    # Inner differs, so Outer (which only differs through Inner) cannot merge either.
    assert titles == {
        "Outer-Input": "OuterInput",
        "Outer-Output": "OuterOutput",
        "Inner-Input": "InnerInput",
        "Inner-Output": "InnerOutput",
    }


def test_a_lone_input_twin_becomes_the_plain_name() -> None:
    doc = make_spec(using("Item-Input"), {"Item-Input": obj("Item")})
    new, report = resolve_schema_twins(doc)
    assert list(new["components"]["schemas"]) == ["Item"]
    assert response_ref(new, "/Item-Input") == "#/components/schemas/Item"
    assert report == ["Item: lone Item-Input renamed"]


def test_a_lone_twin_beside_the_plain_name_gets_a_suffixed_title() -> None:
    doc = make_spec(using("Item", "Item-Input"), {"Item": obj("Item"), "Item-Input": obj("Item")})
    new, _ = resolve_schema_twins(doc)
    assert new["components"]["schemas"]["Item-Input"]["title"] == "ItemInput"


# Mangled module paths


def mangled(module: str, name: str) -> str:
    return f"app__routes__{module}__{name}"


def test_mangled_names_get_a_module_prefix_everywhere() -> None:
    billing = mangled("execution_routes__billing_xpt", "SessionHistoryItem")
    sessions = mangled("execution_routes__device_sessions_xpt", "SessionHistoryItem")
    wrapper = obj("Wrapper", items={"type": "array", "items": ref(sessions)})
    doc = make_spec(
        using(billing, "Wrapper"),
        {billing: obj("SessionHistoryItem"), sessions: obj("SessionHistoryItem"), "Wrapper": wrapper},
    )
    new, report = rename_mangled_schemas(doc)
    schemas = new["components"]["schemas"]
    assert {"BillingSessionHistoryItem", "DeviceSessionsSessionHistoryItem"} <= set(schemas)
    assert schemas["BillingSessionHistoryItem"]["title"] == "BillingSessionHistoryItem"
    assert response_ref(new, f"/{billing}") == "#/components/schemas/BillingSessionHistoryItem"
    assert schemas["Wrapper"]["properties"]["items"]["items"] == ref("DeviceSessionsSessionHistoryItem")
    assert len(report) == 2


def test_mangled_names_that_still_clash_all_take_a_longer_prefix() -> None:
    execution = mangled("execution_routes__billing_xpt", "AttachRequest")
    rebel = mangled("rebel_routes__billing_xpt", "AttachRequest")
    doc = make_spec(using(execution, rebel), {execution: obj("A"), rebel: obj("A")})
    new, _ = rename_mangled_schemas(doc)
    assert set(new["components"]["schemas"]) == {
        "ExecutionBillingAttachRequest",
        "RebelBillingAttachRequest",
    }
    alone, _ = rename_mangled_schemas(make_spec(using(rebel), {rebel: obj("A")}))
    assert set(alone["components"]["schemas"]) == {"BillingAttachRequest"}


def test_a_mangled_name_avoids_an_existing_class_name() -> None:
    key = "cognisim_schemas__schemas__device_schema__WorkflowInfo"
    doc = make_spec(using(key, "Taken"), {key: obj("X"), "Taken": obj("DeviceWorkflowInfo")})
    new, _ = rename_mangled_schemas(doc)
    assert "SchemasDeviceWorkflowInfo" in new["components"]["schemas"]


def test_fastapi_body_schemas_are_not_mistaken_for_mangled_names() -> None:
    key = "Body_stream_upload_build_api_v1_apps__app_id__builds_stream_upload_post"
    doc = make_spec(using(key), {key: obj(key)})
    assert rename_mangled_schemas(doc) == (doc, [])


# Generic class-name collisions


def test_colliding_titles_are_made_unique_from_their_keys() -> None:
    doc = make_spec(using("Alpha", "Beta"), {"Alpha": obj("Same"), "Beta": obj("Same")})
    new, report = unique_class_names(doc)
    titles = [s["title"] for s in new["components"]["schemas"].values()]
    assert titles == ["Alpha", "Beta"]
    assert len(report) == 2


def test_colliding_titles_are_numbered_when_keys_do_not_help() -> None:
    doc = make_spec(using("a_b", "a b"), {"a_b": obj("Same"), "a b": obj("Same")})
    new, _ = unique_class_names(doc)
    assert sorted(s["title"] for s in new["components"]["schemas"].values()) == ["Same1", "Same2"]


def test_unique_titles_are_left_alone() -> None:
    doc = make_spec(using("A", "B"), {"A": obj("A"), "B": obj("B")})
    assert unique_class_names(doc) == (doc, [])


# Pruning


def test_unreferenced_schemas_are_dropped_and_transitive_refs_kept() -> None:
    schemas = {"Used": obj("Used", child=ref("Child")), "Child": obj("Child"), "Orphan": obj("O")}
    doc = make_spec(using("Used"), schemas)
    before = copy.deepcopy(doc)
    new, dropped = drop_unreferenced_schemas(doc)
    assert set(new["components"]["schemas"]) == {"Used", "Child"}
    assert dropped == ["Orphan"]
    assert doc == before
