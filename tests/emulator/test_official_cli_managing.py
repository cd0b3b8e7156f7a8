"""Managing Revyl with Revyl's official CLI (`revyl` 0.1.195) against the emulator, the SDK
on the same emulator as the second client: tags, global variables, workflow creation, modules.

What one client does, the other sees. Outside a project the CLI sends `workflow create
--tests` names unresolved; the spec (and so the emulator) takes test ids only.
"""

from __future__ import annotations

from _cli_support import Result, RevylCli
from revyl_sdk import Revyl
from revyl_sdk.testing import RevylEmulator

BLOCKS = [{"type": "instructions", "step_description": "Tap Login"}]


def shown(result: Result) -> str:
    """What the CLI showed a person (its tables go to stderr, values and JSON to stdout)."""
    return result.stdout + result.stderr


def api_calls(emulator: RevylEmulator) -> list[str]:
    """The API calls the CLI made, its telemetry left out."""
    return [f"{r.method} {r.path}" for r in emulator.requests if "/telemetry/" not in r.path]


def test_tags_created_applied_and_listed_by_the_cli(cli: RevylCli, emulator: RevylEmulator, client: Revyl) -> None:
    login, checkout = emulator.add_test("Login"), emulator.add_test("Checkout")
    cli("tag", "create", "smoke", "--color", "#22C55E")
    cli("tag", "set", "Login", "smoke,nightly")
    cli("tag", "add", "Checkout", "smoke")
    cli("tag", "remove", "Login", "nightly")
    listed = {row["name"]: (row["color"], row["test_count"]) for row in cli.json("tag", "list")}
    assert listed == {"smoke": ("#22C55E", 2), "nightly": ("#6B7280", 0)}
    assert "smoke" in shown(cli("tag", "get", "Login"))
    # The SDK sees what the CLI did.
    assert {str(test.id) for test in client.tests.list(tag="smoke")} == {login, checkout}
    assert [tag.name for tag in client.tags.of_test(login)] == ["smoke"]
    assert {"POST /api/v1/tests/tags", f"POST /api/v1/tests/tags/tests/{login}/sync",
            "POST /api/v1/tests/tags/tests/bulk-sync", "GET /api/v1/tests/tags"} <= set(api_calls(emulator))


def test_global_variables_set_got_and_listed_by_the_cli(cli: RevylCli, client: Revyl) -> None:
    cli("global", "var", "set", "base_url=https://staging.example.com")
    cli("global", "var", "set", "base_url=https://qa.example.com")  # an update, not a second row
    assert cli("global", "var", "get", "base_url").stdout.strip() == "https://qa.example.com"
    client.global_variables.set("api_key_header", "X-Api-Key")
    listed = cli.json("global", "var", "list")["result"]
    assert [(row["variable_name"], row["variable_value"]) for row in listed] == [
        ("api_key_header", "X-Api-Key"), ("base_url", "https://qa.example.com")]
    assert client.global_variables.get("base_url").variable_value == "https://qa.example.com"


def test_a_workflow_created_by_the_cli_runs_from_the_sdk(cli: RevylCli, emulator: RevylEmulator,
                                                        client: Revyl) -> None:
    login, checkout = emulator.add_test("Login"), emulator.add_test("Checkout")
    cli("workflow", "create", "smoke", "--tests", f"{login},{checkout}", "--no-open")
    workflow = client.workflows.find("smoke")
    assert client.workflows.tests(str(workflow.id))[0].test_id == login
    result = client.workflows.run(str(workflow.id)).wait(timeout=20)
    assert (result.passed, result.passed_tests) == (True, 2)
    assert "Checkout" in shown(cli("workflow", "info", "smoke"))


def test_the_cli_refuses_a_workflow_of_test_names_it_cannot_resolve(cli: RevylCli, emulator: RevylEmulator,
                                                                     client: Revyl) -> None:
    """Outside a project the CLI sends `--tests` names as they are; the API takes ids only."""
    emulator.add_test("Login")
    failed = cli("workflow", "create", "smoke", "--tests", "Login", "--no-open", expect=1)
    assert "valid UUID" in shown(failed)
    assert list(client.workflows.list()) == []


def test_modules_made_by_the_sdk_are_listed_by_the_cli(cli: RevylCli, client: Revyl) -> None:
    client.modules.create("Log in", BLOCKS, description="shared login")
    client.modules.create("Accept cookies", [{"type": "instructions", "step_description": "Tap Accept"}])
    listed = cli.json("module", "list")
    assert sorted(row["name"] for row in listed) == ["Accept cookies", "Log in"]
    assert "Accept cookies" in shown(cli("module", "list"))


def test_workflow_settings_changed_by_the_cli(cli: RevylCli, emulator: RevylEmulator, client: Revyl) -> None:
    """CLI 0.1.195's run-config body (`{run_config, override_run_config, default_concurrency_limit}`) kept as sent."""
    login, checkout = emulator.add_test("Login"), emulator.add_test("Checkout")
    workflow_id = emulator.add_workflow("smoke", [login])
    cli("workflow", "add-tests", "smoke", checkout)
    cli("workflow", "config", "set", "smoke", "--concurrency", "2", "--retries", "3")
    assert cli.json("workflow", "config", "show", "smoke") == {
        "default_concurrency_limit": 2, "override_run_config": False, "retries": 3}
    cli("workflow", "quarantine", "add", "smoke", "Checkout")
    assert [row.test_id for row in client.workflows.tests(workflow_id) if row.quarantined] == [checkout]
    cli("workflow", "location", "set", "smoke", "--lat", "48.85", "--lng", "2.35")
    cli("workflow", "rename", "smoke", "nightly")
    info = client.workflows.get(workflow_id)
    assert (info.name, info.tests, info.location_config.to_dict(), info.quarantined_test_ids) == (
        "nightly", [login, checkout], {"latitude": 48.85, "longitude": 2.35}, [checkout])
    cli("workflow", "quarantine", "remove", "nightly", "Checkout")
    cli("workflow", "location", "clear", "nightly")
    cli("workflow", "remove-tests", "nightly", checkout)
    info = client.workflows.get(workflow_id)
    assert (info.tests, info.location_config, info.override_location, info.quarantined_test_ids) == (
        [login], None, False, [])
    cli("workflow", "delete", "nightly", "--force")
    assert list(client.workflows.list()) == []
