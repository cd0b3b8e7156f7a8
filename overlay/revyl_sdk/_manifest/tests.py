"""`client.tests`; `tests.wait` is also what `tests.run(wait=True)` and `TestRun.wait` need."""

from __future__ import annotations

from .monitor import TEST_STATUS, TEST_WAIT
from .needs import Model, Needs, Operation

METHODS = {
    "tests.run": Needs(
        (Operation("POST /api/v1/execution/api/execute_test_id_async", "tests.execute_test_id_async", ("body",)),),
        (
            # Each option is sent only when given; one this client lacks is refused when given.
            Model(
                "TaskID",
                ("test_id",),
                optional_fields=(
                    "build_version_id",
                    "retries",
                    "variable_overrides",
                    "device_model",
                    "os_version",
                    "launch_env_vars",
                    "launch_env_var_ids",
                    "app_link",
                    "llm_model_name",
                ),
            ),
            Model("ExecuteTestAsyncAPIResponse", ("id", "task_id", "status")),
        ),
    ),
    "tests.get_status": Needs((TEST_STATUS,), (Model("TestStatusResponse"),)),
    "tests.cancel": Needs(
        (Operation("POST /api/v1/execution/tests/status/cancel/{task_id}", "tests.cancel_test", ("task_id",)),),
        (Model("CancelTestResponse", ("success",)),),
    ),
    "tests.wait": TEST_WAIT,
}
