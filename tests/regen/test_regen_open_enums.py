"""Enums the client reads take unlisted values; enums it only sends stay strict."""

from __future__ import annotations

import copy
import importlib
import json
import sys
import uuid
from pathlib import Path
from typing import Any

import pytest
from regen.layout import EXCLUSIONS_FILE, GENERATOR_CONFIG, PATCHES_DIR
from regen.overlay import load_overlays
from regen.passes.exclusions import load_rules
from regen.passes.open_enums import open_read_enums
from regen.pipeline import NORMALISATION, prepare
from regen.spec import iter_operations, operation_key
from regen_helpers import PINNED_SPEC, SEED_CAPABILITIES, json_response, make_spec, ref

STATUS = {"type": "string", "title": "Status", "enum": ["queued", "running"], "description": "Run status."}
ANY_STRING = {"type": "string"}


def obj(title: str, **properties: Any) -> dict[str, Any]:
    return {"type": "object", "title": title, "properties": properties}


def read(name: str) -> dict[str, Any]:
    """A path whose 200 returns the named schema."""
    return {"get": {"responses": {"200": json_response(ref(name))}}}


def sent(name: str) -> dict[str, Any]:
    """A path whose request body is the named schema (and whose answer is untyped)."""
    body = {"content": {"application/json": {"schema": ref(name)}}}
    return {"post": {"requestBody": body, "responses": {"204": {"description": "done"}}}}


def prop(doc: dict[str, Any], schema: str, name: str) -> Any:
    return doc["components"]["schemas"][schema]["properties"][name]


def opened(use: dict[str, Any], plain: str = "string") -> dict[str, Any]:
    return {"anyOf": [use, {"type": plain}]}


# Which uses open


def test_a_response_enum_ref_becomes_enum_or_string_and_the_enum_stays() -> None:
    doc = make_spec({"/run": read("Run")}, {"Status": STATUS, "Run": obj("Run", status=ref("Status"))})
    new, report = open_read_enums(doc)
    assert prop(new, "Run", "status") == {**opened(ref("Status")), "description": "Run status."}
    assert new["components"]["schemas"]["Status"] == STATUS
    assert report == ["Run.status: Status | string"]


def test_request_only_uses_stay_strict() -> None:
    param = {"name": "status", "in": "query", "schema": ref("Status")}
    paths = {"/filter": {"get": {"parameters": [param], "responses": {"204": {"description": "done"}}}}}
    paths["/start"] = sent("Start")
    doc = make_spec(paths, {"Status": STATUS, "Start": obj("Start", status=ref("Status"))})
    assert open_read_enums(doc) == (doc, [])


def test_an_enum_used_both_ways_is_split_per_use_site() -> None:
    schemas = {"Status": STATUS, "Start": obj("Start", status=ref("Status")), "Run": obj("Run", status=ref("Status"))}
    doc = make_spec({"/start": sent("Start"), "/run": read("Run")}, schemas)
    new, report = open_read_enums(doc)
    assert prop(new, "Start", "status") == ref("Status")
    assert prop(new, "Run", "status")["anyOf"] == [ref("Status"), ANY_STRING]
    assert report == ["Run.status: Status | string"]


def test_a_model_both_sent_and_received_stays_strict() -> None:
    """The overlay validates request bodies with `from_dict`: opening the model would end that."""
    schemas = {"Status": STATUS, "Block": obj("Block", s=ref("Status")), "Page": obj("Page", b=ref("Block"))}
    doc = make_spec({"/in": sent("Block"), "/out": read("Page")}, schemas)
    assert open_read_enums(doc) == (doc, [])


def test_enums_reached_through_nested_models_arrays_and_maps_open() -> None:
    schemas = {
        "Status": STATUS,
        "Page": obj("Page", items={"type": "array", "items": ref("Item")}),
        "Item": obj("Item", by_device={"type": "object", "additionalProperties": ref("Status")}),
    }
    new, report = open_read_enums(make_spec({"/page": read("Page")}, schemas))
    assert prop(new, "Item", "by_device")["additionalProperties"]["anyOf"] == [ref("Status"), ANY_STRING]
    assert report == ["Item.by_device{}: Status | string"]


def test_an_inline_response_schema_opens_too() -> None:
    doc = make_spec({"/s": {"get": {"responses": {"200": json_response(ref("Status"))}}}}, {"Status": STATUS})
    new, report = open_read_enums(doc)
    schema = new["paths"]["/s"]["get"]["responses"]["200"]["content"]["application/json"]["schema"]
    assert schema["anyOf"] == [ref("Status"), ANY_STRING]
    assert report == ["GET /s 200: Status | string"]


# Spec shapes


def test_a_nullable_enum_gains_the_plain_type_last_keeping_member_positions() -> None:
    nullable = {"anyOf": [ref("Status"), {"type": "null"}], "default": "queued", "title": "Status"}
    doc = make_spec({"/run": read("Run")}, {"Status": STATUS, "Run": obj("Run", status=nullable)})
    new, _ = open_read_enums(doc)
    assert prop(new, "Run", "status") == {**nullable, "anyOf": [ref("Status"), {"type": "null"}, ANY_STRING]}


def test_a_union_already_taking_any_string_is_left_alone() -> None:
    loose = {"anyOf": [ANY_STRING, ref("Status"), {"type": "null"}]}
    doc = make_spec({"/run": read("Run")}, {"Status": STATUS, "Run": obj("Run", status=loose)})
    assert open_read_enums(doc) == (doc, [])


def test_a_union_with_only_a_narrowed_string_still_gains_a_plain_one() -> None:
    union = {"anyOf": [ref("Status"), {"type": "string", "format": "date-time"}]}
    doc = make_spec({"/run": read("Run")}, {"Status": STATUS, "Run": obj("Run", at=union)})
    new, _ = open_read_enums(doc)
    assert prop(new, "Run", "at")["anyOf"][-1] == ANY_STRING


def test_siblings_of_a_ref_stay_beside_it_and_the_docstring_keeps_the_enum_description() -> None:
    use = {"$ref": "#/components/schemas/Status", "default": "queued", "description": "Field words."}
    doc = make_spec({"/run": read("Run")}, {"Status": STATUS, "Run": obj("Run", status=use)})
    new, _ = open_read_enums(doc)
    # The generator ignores a `$ref`'s default sibling: the field stays UNSET by default, as before.
    assert prop(new, "Run", "status") == {"anyOf": [use, ANY_STRING], "description": "Run status."}


def test_a_one_ref_allof_becomes_an_anyof_keeping_its_default() -> None:
    use = {"allOf": [ref("Status")], "default": "queued"}
    doc = make_spec({"/run": read("Run")}, {"Status": STATUS, "Run": obj("Run", status=use)})
    new, _ = open_read_enums(doc)
    assert prop(new, "Run", "status") == {"anyOf": [ref("Status"), ANY_STRING], "default": "queued"}


def test_an_inline_enum_is_wrapped_and_titled_for_its_unchanged_class_name() -> None:
    titled = {"type": "string", "enum": ["a", "b"], "title": "Mode", "default": "a", "description": "How."}
    untitled = {"type": "string", "enum": ["x"]}
    schemas = {"Run": obj("Run", mode=titled, kind=untitled, tags={"type": "array", "items": untitled})}
    new, report = open_read_enums(make_spec({"/run": read("Run")}, schemas))
    assert prop(new, "Run", "mode") == {
        "title": "Mode",
        "default": "a",
        "description": "How.",
        "anyOf": [{"type": "string", "enum": ["a", "b"], "title": "Mode"}, ANY_STRING],
    }
    assert prop(new, "Run", "kind")["anyOf"][0] == {**untitled, "title": "kind"}
    assert prop(new, "Run", "tags")["items"]["anyOf"][0] == {**untitled, "title": "tags_item"}
    assert report == [f"Run.{where}: inline enum | string" for where in ("mode", "kind", "tags[]")]


def test_integer_enums_fall_back_to_integer_and_boolean_enums_are_left_alone() -> None:
    schemas = {
        "Level": {"type": "integer", "enum": [1, 2]},
        "Run": obj("Run", level=ref("Level"), flag={"type": "boolean", "enum": [True]}),
    }
    new, _ = open_read_enums(make_spec({"/run": read("Run")}, schemas))
    assert prop(new, "Run", "level") == opened(ref("Level"), "integer")
    assert prop(new, "Run", "flag") == {"type": "boolean", "enum": [True]}


def test_the_input_is_not_mutated_and_untouched_parts_are_shared() -> None:
    schemas = {"Status": STATUS, "Run": obj("Run", status=ref("Status")), "Other": obj("Other", n={"type": "integer"})}
    doc = make_spec({"/run": read("Run"), "/other": read("Other")}, schemas)
    before = copy.deepcopy(doc)
    new, _ = open_read_enums(doc)
    assert doc == before
    assert new["components"]["schemas"]["Other"] is doc["components"]["schemas"]["Other"]
    assert new["paths"] is doc["paths"]


# In the pipeline


def test_the_pass_runs_after_twins_merge() -> None:
    """Opening only the -Output twin first would keep an identical pair apart, renaming both."""
    names = [name for name, _ in NORMALISATION]
    assert names.index("schema_twins") < names.index("enums_opened_where_read")
    schemas = {
        "Status": STATUS,
        "Run-Input": obj("Run", status=ref("Status")),
        "Run-Output": obj("Run", status=ref("Status")),
    }
    doc = make_spec({"/in": sent("Run-Input"), "/out": read("Run-Output")}, schemas)
    prepared = prepare(doc, [], [])
    assert set(prepared.document["components"]["schemas"]) == {"Status", "Run"}
    assert prop(prepared.document, "Run", "status") == ref("Status")  # one class, sent too: strict


def test_every_enum_the_sdk_reads_is_open_on_the_pinned_spec() -> None:
    """What the pass leaves strict (models also sent) is out of reach of the SDK's operations.

    The responses of the SDK's operations alone, with nothing sent, go through the pass
    again: any enum use it would still open is one the pipeline left strict.
    """
    pulled = json.loads(PINNED_SPEC.read_text(encoding="utf-8"))
    document = prepare(pulled, load_overlays(PATCHES_DIR), load_rules(EXCLUSIONS_FILE)).document
    paths: dict[str, Any] = {}
    for path, method, operation in iter_operations(document):
        if operation_key(method, path) in SEED_CAPABILITIES:
            paths.setdefault(path, {})[method] = {"responses": operation["responses"]}
    assert len([op for item in paths.values() for op in item]) == len(SEED_CAPABILITIES)
    _, still_strict = open_read_enums({**document, "paths": paths})
    assert still_strict == []


# Through the generator


@pytest.fixture
def tiny_client(tmp_path: Path) -> Any:
    """A client generated from a tiny spec with every shape the pass rewrites."""
    from regen.generate import generate_client

    schemas = {
        "Status": STATUS,
        "Level": {"type": "integer", "enum": [1, 2], "title": "Level"},
        "Run": {
            **obj(
                "Run",
                id={"type": "string", "format": "uuid"},
                status=ref("Status"),
                maybe={"anyOf": [ref("Status"), {"type": "null"}]},
                mode={"type": "string", "enum": ["a", "b"], "title": "Mode", "default": "a"},
                history={"type": "array", "items": ref("Status")},
                level=ref("Level"),
            ),
            "required": ["id", "status"],
        },
        "Start": obj("Start", status=ref("Status")),
    }
    paths = {"/run": read("Run"), "/start": sent("Start")}
    prepared = prepare(make_spec(paths, schemas), [], [])
    package = f"tiny_{uuid.uuid4().hex}"
    generate_client(prepared.document, GENERATOR_CONFIG, tmp_path / package)  # raises on any warning
    sys.path.insert(0, str(tmp_path))
    try:
        yield importlib.import_module(f"{package}.models")
    finally:
        sys.path.remove(str(tmp_path))
        for name in [name for name in sys.modules if name.split(".")[0] == package]:
            del sys.modules[name]


def test_generated_parse_keeps_unlisted_values_and_known_ones(tiny_client: Any) -> None:
    run_id = str(uuid.uuid4())
    new = tiny_client.Run.from_dict(
        {"id": run_id, "status": "paused", "maybe": "paused", "mode": "c", "history": ["queued", "paused"], "level": 3}
    )
    assert (new.status, new.maybe, new.mode, new.level) == ("paused", "paused", "c", 3)
    assert new.history == ["queued", "paused"]
    known = tiny_client.Run.from_dict({"id": run_id, "status": "running", "maybe": None, "mode": "b"})
    assert (known.status, known.maybe, known.mode) == ("running", None, "b")
    assert new.to_dict()["status"] == "paused"
    assert tiny_client.Run(id=uuid.UUID(run_id), status="queued").mode == "a"  # the inline default holds


def test_generated_request_models_keep_the_bare_literal(tiny_client: Any) -> None:
    assert tiny_client.Start.__annotations__["status"] == "Status | Unset"
    assert tiny_client.Run.__annotations__["status"] == "Status | str"
    assert tiny_client.Run.__annotations__["mode"] == "RunMode | str | Unset"  # the inline literal kept its name


# The committed client


@pytest.mark.parametrize("status", ["paused", "running"])
def test_committed_status_models_keep_unlisted_statuses(status: str) -> None:
    from revyl_api.models import (
        ExecuteTestAsyncAPIResponse,
        OrgTestMonitorItem,
        TestStatusResponse,
        WorkflowStatusResponse,
    )

    run_id = str(uuid.uuid4())
    parsed = [
        TestStatusResponse.from_dict({"id": run_id, "status": status}),
        WorkflowStatusResponse.from_dict(
            {"workflow_id": run_id, "status": status, "progress": 50.0, "completed_tests": 1, "total_tests": 2}
        ),
        OrgTestMonitorItem.from_dict(
            {"id": run_id, "test_id": run_id, "test_name": "Login", "status": status, "progress": 50.0}
        ),
        ExecuteTestAsyncAPIResponse.from_dict({"status": status, "message": "ok", "id": run_id, "task_id": run_id}),
    ]
    assert [model.status for model in parsed] == [status] * 4
    assert all(model.to_dict()["status"] == status for model in parsed)


def test_committed_request_models_keep_the_bare_literal() -> None:
    from revyl_api.models import AgentRun, AppCreateRequest, SpawnAgentRequest
    from revyl_api.models.session_status import check_session_status

    assert AppCreateRequest.__annotations__["platform"] == "AppPlatform"
    assert SpawnAgentRequest.__annotations__["provider"] == "CloudAgentProviderId | Unset"
    assert AgentRun.__annotations__["provider"] == "CloudAgentProviderId | str | Unset"  # same enum, read
    with pytest.raises(TypeError):
        check_session_status("paused")  # the literal itself stays exact
