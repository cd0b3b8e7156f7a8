"""Operation passes: clean names and their collisions, tags, binary file parts, untyped 200s."""

from __future__ import annotations

import copy
from typing import Any

import pytest
from regen.passes.multipart_files import binary_file_parts
from regen.passes.operation_names import clean_operation_ids, strip_fastapi_suffix
from regen.passes.tags import assign_module_tags, tag_from_path
from regen.passes.untyped_responses import ANY_JSON_OBJECT, type_untyped_responses
from regen_helpers import json_response, make_spec, ref


def op(operation_id: str, tags: list[str] | None = None, **extra: Any) -> dict[str, Any]:
    return {"operationId": operation_id, "tags": tags or ["Tests"], **extra}


def ids(doc: dict[str, Any]) -> dict[str, str]:
    return {
        f"{method.upper()} {path}": operation["operationId"]
        for path, item in doc["paths"].items()
        for method, operation in item.items()
    }


# Operation names


@pytest.mark.parametrize(
    ("operation_id", "path", "method", "expected"),
    [
        (
            "execute_test_id_async_api_v1_execution_api_execute_test_id_async_post",
            "/api/v1/execution/api/execute_test_id_async",
            "post",
            "execute_test_id_async",
        ),
        (
            "get_test_execution_task_api_v1_tests_get_test_execution_task_get",
            "/api/v1/tests/get_test_execution_task",
            "get",
            "get_test_execution_task",
        ),
        ("list_apps_api_v1_apps__get", "/api/v1/apps/", "get", "list_apps"),
        (
            "cancel_workflow_api_v1_execution_api_v1_workflows_status_cancel__task_id__post",
            "/api/v1/execution/api/v1/workflows/status/cancel/{task_id}",
            "post",
            "cancel_workflow",
        ),
        ("already_clean", "/api/v1/x", "get", "already_clean"),  # not FastAPI's pattern: kept
        (None, "/api/v1/things/{thing_id}", "delete", "delete_api_v1_things_by_thing_id"),
    ],
)
def test_fastapi_suffix_is_stripped(operation_id: str | None, path: str, method: str, expected: str) -> None:
    assert strip_fastapi_suffix(operation_id, path, method) == expected


def test_clean_names_are_written_back_and_input_is_untouched() -> None:
    doc = make_spec({"/api/v1/apps/": {"get": op("list_apps_api_v1_apps__get", ["Apps"])}})
    before = copy.deepcopy(doc)
    new, collisions = clean_operation_ids(doc)
    assert ids(new) == {"GET /api/v1/apps/": "list_apps"}
    assert collisions == []
    assert doc == before


def test_same_name_in_one_module_is_told_apart_by_method() -> None:
    doc = make_spec({"/a": {"get": op("thing_a_get"), "delete": op("thing_a_delete")}})
    new, collisions = clean_operation_ids(doc)
    assert ids(new) == {"GET /a": "thing_get", "DELETE /a": "thing_delete"}
    assert len(collisions) == 2


def test_same_name_and_method_is_told_apart_by_path() -> None:
    doc = make_spec(
        {
            "/api/v1/expo/{config_id}": {"delete": op("delete_project_api_v1_expo__config_id__delete")},
            "/api/v1/expo/{project_id}": {"delete": op("delete_project_api_v1_expo__project_id__delete")},
        }
    )
    new, _ = clean_operation_ids(doc)
    assert ids(new) == {
        "DELETE /api/v1/expo/{config_id}": "delete_project_by_config_id",
        "DELETE /api/v1/expo/{project_id}": "delete_project_by_project_id",
    }


def test_same_name_in_different_modules_is_not_a_collision() -> None:
    doc = make_spec(
        {
            "/x/cancel": {"post": op("cancel_workflow_x_cancel_post", ["Workflows"])},
            "/y/cancel": {"post": op("cancel_workflow_y_cancel_post", ["Workflow Status"])},
        }
    )
    new, collisions = clean_operation_ids(doc)
    assert set(ids(new).values()) == {"cancel_workflow"}
    assert collisions == []


def test_naming_is_deterministic() -> None:
    doc = make_spec({"/a": {"get": op("n_a_get"), "put": op("n_a_put")}, "/b": {"get": op("n_b_get")}})
    assert clean_operation_ids(doc) == clean_operation_ids(copy.deepcopy(doc))


# Tags


@pytest.mark.parametrize(
    ("path", "tag"),
    [
        ("/api/v1/execution/device-sessions/active", "execution"),
        ("/api/v1/reports-v3/reports/{report_id}", "reports_v3"),
        ("/api/v1/scm/{provider}/configs", "scm"),
        ("/health_check", "service"),
    ],
)
def test_tag_from_path(path: str, tag: str) -> None:
    assert tag_from_path(path) == tag


def test_untagged_operations_get_a_path_tag_and_real_tags_come_first() -> None:
    doc = make_spec(
        {
            "/api/v1/scm/x": {"get": {"operationId": "a"}},
            "/api/v1/apps/": {"get": {"operationId": "b", "tags": ["public", "Apps", "Apps"]}},
            "/api/v1/tests/y": {"get": {"operationId": "c", "tags": ["Tests", "public"]}},
        }
    )
    new, derived = assign_module_tags(doc)
    assert new["paths"]["/api/v1/scm/x"]["get"]["tags"] == ["scm"]
    assert new["paths"]["/api/v1/apps/"]["get"]["tags"] == ["Apps", "public"]
    assert new["paths"]["/api/v1/tests/y"]["get"] is doc["paths"]["/api/v1/tests/y"]["get"]
    assert derived == ["GET /api/v1/scm/x: scm"]


# Multipart file parts


def multipart(schema: dict[str, Any]) -> dict[str, Any]:
    return {"post": {"requestBody": {"content": {"multipart/form-data": {"schema": schema}}}}}


FILE_PART = {"type": "string", "contentMediaType": "application/octet-stream"}


def test_declared_file_parts_become_binary_in_referenced_and_inline_bodies() -> None:
    body = {
        "type": "object",
        "properties": {
            "file": FILE_PART,
            "files": {"type": "array", "items": FILE_PART},
            "maybe": {"anyOf": [FILE_PART, {"type": "null"}]},
            "name": {"type": "string"},
        },
    }
    doc = make_spec({"/up": multipart(ref("Body_up")), "/inline": multipart(body)}, {"Body_up": body})
    new, fixed = binary_file_parts(doc)
    props = new["components"]["schemas"]["Body_up"]["properties"]
    assert props["file"]["format"] == "binary"
    assert props["files"]["items"]["format"] == "binary"
    assert props["maybe"]["anyOf"][0]["format"] == "binary"
    assert "format" not in props["name"]
    inline = new["paths"]["/inline"]["post"]["requestBody"]["content"]["multipart/form-data"]
    assert inline["schema"]["properties"]["file"]["format"] == "binary"
    assert sorted(fixed) == sorted(
        [f"Body_up.{n}" for n in ("file", "files", "maybe")] + [f"POST /inline.{n}" for n in ("file", "files", "maybe")]
    )
    assert "format" not in body["properties"]["file"]  # input untouched


def test_json_bodies_and_already_binary_parts_are_left_alone() -> None:
    binary = {"type": "object", "properties": {"f": {**FILE_PART, "format": "binary"}}}
    doc = make_spec({"/up": multipart(binary)})
    assert binary_file_parts(doc) == (doc, [])


# 200 responses FastAPI left untyped


def test_untyped_200_becomes_a_json_object_only_when_nothing_else_is_typed() -> None:
    untyped = {"get": {"responses": {"200": json_response({})}}}
    with_422 = {
        "get": {
            "responses": {
                "200": json_response({}),
                "422": json_response(ref("HTTPValidationError")),
            }
        }
    }
    new, typed = type_untyped_responses(make_spec({"/health": untyped, "/info": with_422}))
    schema_of = lambda path: new["paths"][path]["get"]["responses"]["200"]["content"][  # noqa: E731
        "application/json"
    ]["schema"]
    assert schema_of("/health") == ANY_JSON_OBJECT
    assert schema_of("/info") == {}  # the generator parses it as Any already
    assert typed == ["GET /health"]
