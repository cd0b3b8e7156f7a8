"""Tests as code with Revyl's official CLI as the second client, on one emulator.

The CLI (`revyl` 0.1.195) is the ground truth for the on-disk format: the files it writes
must be the bytes the SDK writes for the same tests (so each side's checksum holds for the
other), a repo the SDK pulled must be synced in `revyl test list`, and aliases must match.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

from _cli_support import RevylCli
from revyl_sdk import Revyl
from revyl_sdk._testcode.decode import checksum, encode_file
from revyl_sdk._testcode.layout import Project
from revyl_sdk.testing import RevylEmulator

# Text that takes every scalar style yaml.v3 has: plain, single and double quoted, literal
# blocks with each chomping, escapes, and what would read back as numbers, booleans, dates.
STEP_TEXTS = [
    "plain", "yes", "No", "true", "null", "~", " lead", "trail ", "a: b", "a:b", "a #b", "a#b", "#x", "- x",
    "-x", "? x", ":x", "x:", "123", "0123", "089", "1_000", "0x1F", "0o17", "0b101", "1e5", "1.5", ".5", ".inf",
    "+1", "-", "1:30", "12:30:45", "2026-12-03", "2026-12-03T10:00:00Z", "2026-1-2 3:04:05", "1.2.3", "@x",
    "`x", "'x'", '"x"', "x'y", "%x", "&a", "*a", "!t", "|x", ">x", "a\tb", "\tlead", "a\nb", "a\nb\n",
    "a\nb\n\n", "x\n\ny", "é ünïcode ✓", "emoji 🎉", "ctrl\x01x", "nbsp\xa0x", "\ufeffbom", "a\rb", "a\u2028b",
    "---", "...", "a ---", "[x]", "{x}", "x,y", "Tap \"Login\"", "C:\\path", "<<", "On", "y", "0", "-0",
    "1.", "e5", "long " * 40, "a  b", "end:", "x #", "trailing space line \nnext", "a\x85b",
]  # Not text starting with a line break: yaml.v3 writes that in a form that does not read back.
NAMES = ["Login flow", "login flow", "Checkout: Pay €5 / Apple", "   ", "UPPER_case.name", "a--b",
         "emoji 🎉 test", "x/../y"]


def git_repo(path: Path) -> Path:
    """The CLI works only inside a git work tree."""
    path.mkdir(parents=True, exist_ok=True)
    subprocess.run(["git", "init", "-q", str(path)], check=True)
    return path


def sdk(emulator: RevylEmulator) -> Revyl:
    return Revyl(emulator.api_key, base_url=emulator.base_url, max_retries=0)


def test_files_the_cli_pulls_are_the_bytes_the_sdk_writes(cli: RevylCli, emulator: RevylEmulator,
                                                          tmp_path: Path) -> None:
    with sdk(emulator) as client:
        for index in range(0, len(STEP_TEXTS), 10):
            blocks = [{"type": "instructions", "step_description": text} for text in STEP_TEXTS[index:index + 10]]
            client.yaml.create_test_from_blocks(blocks, metadata={"name": f"corpus {index}", "platform": "android"})
        repo = git_repo(tmp_path / "repo")
        cli("-C", str(repo), "init", "-y")
        cli("-C", str(repo), "test", "pull", "--all", "--force")
        files = Project(repo).tests()
        assert len(files) == len(range(0, len(STEP_TEXTS), 10))
        for local in files:
            assert local.decoded is not None, local.problem
            assert encode_file(local.meta, local.test) == local.text, local.alias
            assert checksum(local.test) == local.meta["checksum"], local.alias
        assert {test.state.value for test in client.tests.status(repo).tests} == {"synced"}


def test_a_repo_the_sdk_pulls_is_synced_for_the_cli_and_an_edit_is_modified(cli: RevylCli, emulator: RevylEmulator,
                                                                            tmp_path: Path) -> None:
    app_id = emulator.add_app("Shop", "android")
    for name in ("Login", "Checkout", "Search"):
        emulator.add_test(name, steps=["Open the app", f"Use {name}: check it's \"done\""], app_id=app_id)
    repo = git_repo(tmp_path / "repo")
    with sdk(emulator) as client:
        pulled = client.tests.pull(repo)
    assert pulled.created_config and sorted(test.alias for test in pulled.tests) == ["checkout", "login", "search"]
    listed = cli.json("-C", str(repo), "test", "list")
    assert sorted((row["name"], row["status"]) for row in listed) == [
        ("checkout", "synced"), ("login", "synced"), ("search", "synced")]
    login = repo / ".revyl" / "tests" / "login.yaml"
    login.write_text(login.read_text().replace("Open the app", "Open the app again"))
    statuses = {row["name"]: row["status"] for row in cli.json("-C", str(repo), "test", "list")}
    assert statuses == {"checkout": "synced", "login": "modified", "search": "synced"}


def test_pulled_files_get_the_same_names_from_both_tools(cli: RevylCli, emulator: RevylEmulator,
                                                         tmp_path: Path) -> None:
    for name in NAMES:
        emulator.add_test(name, steps=["Open the app"])
    by_cli = git_repo(tmp_path / "cli")
    cli("-C", str(by_cli), "init", "-y")
    cli("-C", str(by_cli), "test", "pull", "--all", "--force")
    by_sdk = tmp_path / "sdk"
    with sdk(emulator) as client:
        client.tests.pull(by_sdk)
    def names(repo: Path) -> dict[str, str]:
        return {local.alias: local.remote_id for local in Project(repo).tests()}
    assert names(by_sdk) == names(by_cli)
    assert len(names(by_sdk)) == len(NAMES)
