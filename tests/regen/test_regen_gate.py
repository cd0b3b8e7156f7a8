"""The compatibility gate on small specs: each kind of change, named under the SDK method it breaks.

A tiny API with a manifest of its own; the "old" client plays the committed one, the "new"
one what a changed spec generates (with the old one's names kept, as regen does).
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest
from regen.gate import GateReport, check
from regen.generate import generate_client
from regen.layout import GENERATOR_CONFIG
from regen.names import Names, generated_names
from regen.pipeline import prepare
from regen.postprocess import postprocess
from regen.surface import Surface
from regen_helpers import json_response, make_spec, ref
from revyl_sdk._manifest.needs import Flow, Model, Needs, Operation

UPDATE = "PATCH /items/{item_id}"
LIST = "GET /items"
SYNC_FAST = "POST /items/sync/fast"
SYNC_SLOW = "POST /items/sync/slow"

METHODS = {
    "items.update": Needs(
        (Operation(UPDATE, "items.update_item", ("item_id", "body")),),
        (Model("ItemUpdate", ("name", "expires"), optional_fields=("note",), nullable=("expires",)),
         Model("Item", ("id", "name"))),
    ),
    "items.list": Needs(
        (Operation(LIST, "items.list_items", ("search",)),), (Model("Item", ("id", "name"), optional_fields=("etag",)),)
    ),
    "items.sync": Needs(
        (
            Operation(SYNC_FAST, "items.sync_fast", optional=True),
            Operation(SYNC_SLOW, "items.sync_slow", optional=True),
        ),
        (),
        (Flow("fast", (SYNC_FAST,)), Flow("slow", (SYNC_SLOW,))),
    ),
}


def base_spec() -> dict[str, Any]:
    def op(op_id: str, **extra: Any) -> dict[str, Any]:
        return {"operationId": op_id, "tags": ["items"], "responses": {"200": json_response(ref("Item"))}, **extra}

    body = {"required": True, "content": {"application/json": {"schema": ref("ItemUpdate")}}}
    path_param = {"name": "item_id", "in": "path", "required": True, "schema": {"type": "string"}}
    search = {"name": "search", "in": "query", "required": False, "schema": {"type": "string"}}
    schemas = {
        "Item": {"type": "object", "title": "Item", "required": ["id", "name"],
                 "properties": {"id": {"type": "string"}, "name": {"type": "string"}, "etag": {"type": "string"}}},
        "ItemUpdate": {"type": "object", "title": "ItemUpdate",
                       "properties": {"name": {"type": "string"}, "note": {"type": "string"},
                                      "expires": {"anyOf": [{"type": "integer"}, {"type": "null"}]}}},
    }
    return make_spec(
        {
            "/items/{item_id}": {"patch": op("update_item", parameters=[path_param], requestBody=body)},
            "/items": {"get": op("list_items", parameters=[search])},
            "/items/sync/fast": {"post": op("sync_fast")},
            "/items/sync/slow": {"post": op("sync_slow")},
        },
        schemas,
    )


def client(spec: dict[str, Any], folder: Path, locked: Names | None = None) -> tuple[Surface, Names]:
    prepared = prepare(spec, [], [], locked)
    generate_client(prepared.document, GENERATOR_CONFIG, folder)
    postprocess(folder, format_code=False)
    return Surface(folder), generated_names(prepared.document)


def gate(tmp_path: Path, change: Any) -> GateReport:
    old_spec = base_spec()
    old, old_names = client(old_spec, tmp_path / "old" / "revyl_api")
    new_spec = copy.deepcopy(old_spec)
    change(new_spec)
    new, new_names = client(new_spec, tmp_path / "new" / "revyl_api", old_names)
    return check(METHODS, old, new, new_names["operations"])


def rows(report: GateReport) -> list[tuple[str, str]]:
    return [(row.method, row.change) for row in report.breakages]


def schemas(spec: dict[str, Any]) -> dict[str, Any]:
    result: dict[str, Any] = spec["components"]["schemas"]
    return result


def test_no_change_no_breakage(tmp_path: Path) -> None:
    report = gate(tmp_path, lambda spec: None)
    assert report.breakages == [] and report.degraded == []
    assert report.flows == {"items.sync": ["fast", "slow"]}


def test_operation_removed(tmp_path: Path) -> None:
    report = gate(tmp_path, lambda spec: spec["paths"].pop("/items/{item_id}"))
    # Its request model went with it: nothing else referred to it.
    assert rows(report) == [
        ("items.update", f"{UPDATE}: operation removed"),
        ("items.update", "ItemUpdate: model removed"),
    ]
    assert report.missing_routes == {UPDATE: "items.update_item"}


def test_parameter_renamed(tmp_path: Path) -> None:
    def rename(spec: dict[str, Any]) -> None:
        spec["paths"]["/items"]["get"]["parameters"][0]["name"] = "q"

    assert rows(gate(tmp_path, rename)) == [("items.list", f"{LIST}: parameter `search` removed (renamed? new: `q`)")]


def test_required_field_added_to_what_the_sdk_sends(tmp_path: Path) -> None:
    def require_owner(spec: dict[str, Any]) -> None:
        update = schemas(spec)["ItemUpdate"]
        update["properties"]["owner"] = {"type": "string"}
        update["required"] = ["owner"]

    assert rows(gate(tmp_path, require_owner)) == [("items.update", "ItemUpdate: required field `owner` added")]


def test_response_field_removed_and_response_field_now_nullable(tmp_path: Path) -> None:
    def change(spec: dict[str, Any]) -> None:
        item = schemas(spec)["Item"]
        del item["properties"]["id"]
        item["required"] = ["name"]
        item["properties"]["name"] = {"anyOf": [{"type": "string"}, {"type": "null"}]}

    assert sorted(set(rows(gate(tmp_path, change)))) == [
        ("items.list", "Item: response field `id` removed"),
        ("items.list", "Item: response field `name` type changed: str -> None | str"),
        ("items.update", "Item: response field `id` removed"),
        ("items.update", "Item: response field `name` type changed: str -> None | str"),
    ]


def test_renamed_component_keeps_its_name_and_breaks_nothing(tmp_path: Path) -> None:
    def rename(spec: dict[str, Any]) -> None:
        renamed = {"ItemUpdate": "ItemPatch"}
        spec["components"]["schemas"] = {
            renamed.get(k, k): {**s, "title": renamed.get(s["title"], s["title"])} for k, s in schemas(spec).items()
        }
        spec["paths"]["/items/{item_id}"]["patch"]["requestBody"]["content"]["application/json"]["schema"] = ref(
            "ItemPatch"
        )
        spec["paths"]["/items/{item_id}"]["patch"]["operationId"] = "patch_item_v2"

    report = gate(tmp_path, rename)
    assert report.breakages == []
    new = tmp_path / "new" / "revyl_api"
    assert (new / "models" / "item_update.py").is_file() and not (new / "models" / "item_patch.py").exists()
    assert (new / "api" / "items" / "update_item.py").is_file()


def test_response_model_replaced(tmp_path: Path) -> None:
    def replace(spec: dict[str, Any]) -> None:
        schemas(spec)["Thing"] = {"type": "object", "title": "Thing", "properties": {"x": {"type": "integer"}}}
        spec["paths"]["/items"]["get"]["responses"]["200"] = json_response(ref("Thing"))

    assert rows(gate(tmp_path, replace)) == [("items.list", f"{LIST}: 200 response changed: Item -> Thing")]


@pytest.mark.parametrize(
    ("gone", "flows", "broken"),
    [
        (["/items/sync/fast"], ["slow"], []),
        (["/items/sync/fast", "/items/sync/slow"], [], ["items.sync"]),
    ],
)
def test_a_missing_flow_degrades_until_none_is_left(
    tmp_path: Path, gone: list[str], flows: list[str], broken: list[str]
) -> None:
    report = gate(tmp_path, lambda spec: [spec["paths"].pop(path) for path in gone])
    assert report.flows["items.sync"] == flows
    assert report.broken_methods == broken
    assert [row.method for row in report.degraded] == ["items.sync"] * len(gone)


def test_an_optional_operation_that_changed_breaks(tmp_path: Path) -> None:
    def change(spec: dict[str, Any]) -> None:
        spec["paths"]["/items/sync/fast"]["post"]["parameters"] = [
            {"name": "mode", "in": "query", "required": True, "schema": {"type": "string"}}
        ]

    report = gate(tmp_path, change)
    assert rows(report) == [("items.sync", f"{SYNC_FAST}: required parameter `mode` added")]
    assert report.flows["items.sync"] == ["slow"]


def test_an_optional_field_missing_degrades_and_one_that_changed_breaks(tmp_path: Path) -> None:
    missing = gate(tmp_path / "missing", lambda spec: schemas(spec)["Item"]["properties"].pop("etag"))
    assert missing.breakages == []
    assert [(row.method, row.change) for row in missing.degraded] == [
        ("items.list", "Item: field `etag` missing (read only when present)")
    ]

    def retype(spec: dict[str, Any]) -> None:
        schemas(spec)["Item"]["properties"]["etag"] = {"type": "integer"}

    assert rows(gate(tmp_path / "changed", retype)) == [
        ("items.list", "Item: response field `etag` type changed: Unset | str -> Unset | int")
    ]


def test_a_sent_optional_field_missing_degrades_and_one_now_required_breaks(tmp_path: Path) -> None:
    missing = gate(tmp_path / "missing", lambda spec: schemas(spec)["ItemUpdate"]["properties"].pop("note"))
    assert missing.breakages == []
    assert [(row.method, row.change) for row in missing.degraded] == [
        ("items.update", "ItemUpdate: field `note` missing (sent only when given: refused then)")
    ]
    required = gate(tmp_path / "required", lambda spec: schemas(spec)["ItemUpdate"].update(required=["note"]))
    assert rows(required) == [("items.update", "ItemUpdate: required field `note` added")]


def test_a_field_the_sdk_always_sends_may_become_required_but_not_lose_its_null(tmp_path: Path) -> None:
    # The SDK sets `name` on every update, never to null: now required and non-nullable, it still fits.
    def require_name(spec: dict[str, Any]) -> None:
        schemas(spec)["ItemUpdate"].update(required=["name", "expires"])

    assert rows(gate(tmp_path / "name", require_name)) == []

    # `expires` is declared nullable (the SDK sends null for "never"): a spec that refuses null breaks it.
    def refuse_null(spec: dict[str, Any]) -> None:
        schemas(spec)["ItemUpdate"]["properties"]["expires"] = {"type": "integer"}

    assert rows(gate(tmp_path / "expires", refuse_null)) == [
        ("items.update", "ItemUpdate: request field `expires` type changed: None | Unset | int -> Unset | int")
    ]
