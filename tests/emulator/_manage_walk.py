"""Every management route once, through the SDK on a spec-checking transport (for the walk in
test_responses_match_spec: each answer is validated by the client's checker)."""

from __future__ import annotations

from pathlib import Path

from revyl_sdk import Revyl
from revyl_sdk.testing import RevylEmulator

BLOCKS = [{"type": "instructions", "step_description": "Tap Login"}]


def walk_management(client: Revyl, emulator: RevylEmulator, app_id: str, tmp_path: Path) -> None:
    test_id = str(client.tests.create(name="Managed", platform="android", app_id=app_id, blocks=BLOCKS).id)
    other = emulator.add_test("Other", app_id=app_id)
    client.tests.update(test_id, expected_version=1, name="Managed (renamed)", run_config={"fail_fast": True})
    assert [v.version for v in client.tests.versions(test_id)] == [2, 1]
    assert client.tests.restore(test_id, 1).new_version == 3
    client.tests.set_device_target(test_id, device_model="Pixel 8", os_version="Android 14")
    copy_id = str(client.tests.duplicate(test_id, new_name="Managed copy").test_id)

    workflow_id = str(client.workflows.create(name="Managed flow", test_ids=[test_id]).id)
    client.workflows.update(workflow_id, name="Managed flow (nightly)", test_ids=[test_id, other],
                            run_config={"fail_fast": True}, build_config={"android_build": {"app_id": app_id}},
                            location=(48.85, 2.35))
    assert client.workflows.quarantine(workflow_id, other).quarantined

    tag = client.tags.create("managed")
    client.tags.update(str(tag.id), description="managed tests")
    client.tags.set_for_test(test_id, ["managed"])
    assert [t.name for t in client.tags.of_test(test_id)] == ["managed"]
    client.tags.bulk([test_id, other], add=["nightly"], remove=[])
    assert {t.name for t in client.tags.list()} == {"managed", "nightly"}

    client.variables.set(test_id, "email", "qa@example.com")
    client.variables.set(test_id, "email", "ops@example.com")
    client.variables.rename(test_id, "email", "login_email")
    client.variables.delete(test_id, "login_email")
    client.variables.delete_all(test_id)
    client.global_variables.set("base_url", "https://staging.example.com")
    client.global_variables.set("base_url", "https://qa.example.com")
    client.global_variables.delete("base_url")
    launch = client.launch_variables.create("API_URL", "https://staging.example.com")
    client.launch_variables.update(str(launch.id), value="https://qa.example.com")
    assert [(v.key, v.value) for v in client.launch_variables.list()] == [("API_URL", "https://qa.example.com")]
    client.launch_variables.attach(test_id, str(launch.id))
    client.launch_variables.replace(test_id, [str(launch.id)])
    assert [v.key for v in client.launch_variables.attached(test_id)] == ["API_URL"]
    client.launch_variables.detach(test_id, str(launch.id))
    client.launch_variables.delete(str(launch.id))

    module = client.modules.create("Log in", BLOCKS)
    client.modules.update(str(module.id), expected_version=module.version, name="Log in (v2)")
    assert [m.name for m in client.modules.list()] == ["Log in (v2)"]
    client.modules.get(str(module.id))
    assert len(list(client.modules.versions(str(module.id)))) == 2
    client.modules.restore(str(module.id), 1)
    assert client.modules.usage(str(module.id)).total == 0
    client.modules.delete(str(module.id))
    script = client.scripts.create("seed", code="print(1)", runtime="python")
    client.scripts.update(str(script.id), code="print(2)")
    assert client.scripts.get(str(script.id)).code == "print(2)"
    assert [s.name for s in client.scripts.list()] == ["seed"]
    client.scripts.usage(str(script.id))
    client.scripts.delete(str(script.id))

    fixture = tmp_path / "avatar.png"
    fixture.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 16)
    uploaded = client.files.upload(fixture)
    client.files.replace(str(uploaded.id), fixture)
    assert client.files.download(str(uploaded.id), tmp_path / "back").read_bytes() == fixture.read_bytes()
    client.files.update(str(uploaded.id), description="avatar")
    assert [f.filename for f in client.files.list()] == ["avatar.png"]
    client.files.delete(str(uploaded.id))
    assert "android" in client.devices.targets().platforms.to_dict()

    client.tags.delete(str(tag.id))
    client.workflows.delete(workflow_id)
    for created in (copy_id, other):
        client.tests.delete(created)
    client.tests.delete(test_id)
