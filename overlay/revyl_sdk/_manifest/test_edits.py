"""`client.tests` methods that create and change tests (resources/_test_edits.py)."""

from __future__ import annotations

from .needs import Model, Needs, Operation

# Settings sent only when the caller gives them: a client without one only degrades.
_TEST_OPTIONS = ("pinned_version", "orientation", "retries", "test_timeout_seconds", "llm_model_name", "app_link")
_GET = Operation("GET /api/v1/tests/get_test_by_id/{test_id}", "tests.get_test_by_id_endpoint", ("test_id",))

METHODS = {
    "tests.create": Needs(
        (Operation("POST /api/v1/tests/create", "tests.create_test_endpoint", ("body",)),),
        (Model("Test", ("id", "name", "platform", "app_id", "tasks", "version"),
               optional_fields=(*_TEST_OPTIONS, "run_config")),),
    ),
    "tests.update": Needs(
        (
            Operation("PUT /api/v1/tests/update/{test_id}", "tests.update_test_endpoint", ("test_id", "body")),
            _GET,  # run_config is merged into the current one; a 409 reads the version now there
        ),
        (
            Model("Test", ("id", "name", "platform", "app_id", "tasks", "version", "expected_version",
                           "run_config"), optional_fields=_TEST_OPTIONS),
            Model("TestRunConfig"),
        ),
    ),
    "tests.delete": Needs(
        (Operation("DELETE /api/v1/tests/delete/{test_id}", "tests.delete_test_endpoint", ("test_id",)),),
        (Model("TestDeleteResponse", ("id", "message")),),
    ),
    "tests.duplicate": Needs(
        (Operation("POST /api/v1/tests/duplicate", "tests.duplicate_test_endpoint", ("body",)),),
        (
            Model("DuplicateTestRequest", ("test_id", "new_name"),
                  optional_fields=("copy_variables", "copy_cookies", "target_platform", "new_app_id")),
            Model("DuplicateTestResponse", ("test_id", "name")),
        ),
    ),
    "tests.versions": Needs(
        (Operation("GET /api/v1/tests/{test_id}/versions", "tests.get_test_versions_endpoint",
                   ("test_id", "limit", "offset")),),
        (Model("TestVersionListResponse", ("versions", "total")), Model("TestVersionInfo", ("version", "tasks"))),
    ),
    "tests.restore": Needs(
        (Operation("POST /api/v1/tests/{test_id}/restore", "tests.restore_test_version_endpoint",
                   ("test_id", "body")),),
        (Model("TestRestoreVersionRequest", ("version",)),
         Model("TestRestoreVersionResponse", ("new_version", "restored_from"))),
    ),
    "tests.set_device_target": Needs(
        (Operation("PATCH /api/v1/tests/{test_id}/device-target", "tests.update_device_target",
                   ("test_id", "body")),),
        (Model("UpdateDeviceTargetRequest", ("device_model", "os_version", "orientation")),
         Model("UpdateDeviceTargetResponse")),
    ),
}
