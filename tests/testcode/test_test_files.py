"""Test files read and written as Revyl's CLI does: the canonical form, the checksum, the
map order, blocks both ways, aliases, the status rules and the local checks before a push.

What the CLI binary itself writes is checked in tests/emulator/test_official_cli_testcode.py;
these pin the rules found there, without the binary.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from revyl_sdk._testcode import goyaml
from revyl_sdk._testcode.blocks import UnknownName, blocks_from_tasks, tasks_from_blocks
from revyl_sdk._testcode.decode import FileProblem, checksum, decode, encode_file
from revyl_sdk._testcode.keys import sorted_keys
from revyl_sdk._testcode.layout import Project, alias_for, read_test
from revyl_sdk._testcode.results import SyncState
from revyl_sdk._testcode.status import state_of
from revyl_sdk._testcode.validate import problems

FILE = """# Revyl Test Definition

_meta:
    remote_id: 6f1c2a34-0000-4000-8000-000000000001
    remote_version: 3
    local_version: 3
test:
    blocks:   # the CLI writes blocks last; order in the file does not matter
      - {type: instructions, step_description: Open the app, unknown_key: dropped}
      - type: if
        condition: logged in?
        then: [{type: validation, step_description: See home}]
    metadata: {platform: android, name: Login}
    variables: {pin: 0123, user: bob}
    surprise: dropped too
"""


def test_the_canonical_form_has_the_clis_order_and_drops_unknown_keys() -> None:
    test = decode(FILE).canonical["test"]
    assert list(test) == ["metadata", "variables", "blocks"]
    assert list(test["metadata"]) == ["name", "platform"]
    assert test["blocks"][0] == {"type": "instructions", "step_description": "Open the app"}
    assert test["variables"] == {"pin": "0123", "user": "bob"}  # text as written: not the number 83 or 123


def test_the_checksum_ignores_layout_comments_and_key_order_but_not_content() -> None:
    test = decode(FILE).canonical["test"]
    reordered = FILE.replace("    variables: {pin: 0123, user: bob}\n", "    variables:\n        user: bob  # hi\n"
                             "        pin: 0123\n")
    assert checksum(decode(reordered).canonical["test"]) == checksum(test)
    edited = FILE.replace("See home", "See the home screen")
    assert checksum(decode(edited).canonical["test"]) != checksum(test)


def test_a_file_written_reads_back_to_the_same_canonical_form() -> None:
    decoded = decode(FILE).canonical
    text = encode_file(decoded["_meta"], decoded["test"])
    assert text.startswith("# Revyl Test Definition\n\n_meta:\n    remote_id: 6f1c2a34")
    assert decode(text).canonical == decoded


@pytest.mark.parametrize(("text", "written"), [
    ("plain words", "plain words"), ("yes", '"yes"'), ("123", '"123"'), ("0123", '"0123"'),
    ("1.2.3", "1.2.3"), ("a: b", "'a: b'"), ("- dash", "'- dash'"), ("it's", "it's"), ("#x", "'#x'"),
    ("a\tb", '"a\\tb"'), ("", '""'), ("2026-12-03", '"2026-12-03"'), ("<<", "<<"),
    ("emoji 🎉", '"emoji \\U0001F389"'), ("é ✓", "é ✓"),
])
def test_text_is_quoted_as_yaml_v3_quotes_it(text: str, written: str) -> None:
    assert goyaml.dump({"k": text}) == f"k: {written}\n"


def test_multiline_text_is_a_literal_block_with_the_right_chomping() -> None:
    assert goyaml.dump({"k": "a\nb"}) == "k: |-\n    a\n    b\n"
    assert goyaml.dump({"k": "a\nb\n"}) == "k: |\n    a\n    b\n"
    assert goyaml.dump({"k": "a\nb\n\n"}) == "k: |+\n    a\n    b\n\n"
    assert goyaml.dump({"k": "trailing \nspace"}) == 'k: "trailing \\nspace"\n'


def test_nesting_follows_yaml_v3_indentation() -> None:
    assert goyaml.dump({"blocks": [{"type": "if", "then": [{"type": "x", "step_description": "a\nb"}]}],
                        "device": {}, "empty": []}) == (
        "blocks:\n    - type: if\n      then:\n        - type: x\n          step_description: |-\n"
        "            a\n            b\ndevice: {}\nempty: []\n")


@pytest.mark.parametrize(("number", "written"), [(2.0, "2"), (1.5, "1.5"), (-33.8688, "-33.8688"),
                                                 (1e6, "1e+06"), (123456.0, "123456"), (0.00001, "1e-05")])
def test_numbers_are_written_as_go_writes_them(number: float, written: str) -> None:
    assert goyaml.format_float(number) == written


def test_variable_names_are_ordered_as_yaml_v3_orders_map_keys() -> None:
    assert sorted_keys(["a10", "a2", "B", "a", "_x", "10", "9", "a01"]) == ["_x", "9", "10", "B", "a", "a01",
                                                                            "a2", "a10"]


def test_empty_sections_follow_the_omitempty_rules() -> None:
    test = decode("test:\n    metadata: {description: d}\n    build: {}\n    device: {}\n    location: {}\n"
                  "    variables: {}\n    env_vars: []\n    blocks: [{}, {then: [], body: [{type: x}]}]\n"
                  ).canonical["test"]
    assert test == {"metadata": {"name": "", "description": "d"}, "device": {},
                    "location": {"latitude": 0.0, "longitude": 0.0},
                    "blocks": [{"type": ""}, {"type": "", "body": [{"type": "x"}]}]}


@pytest.mark.parametrize(("text", "line", "words"), [
    ("test:\n  metadata: [a]\n", 2, "metadata must be a mapping"),
    ("test:\n  blocks:\n    - type: [x]\n", 3, "type must be text"),
    ("test:\n  metadata:\n    name: a\n    name: b\n", 4, "appears twice"),
    ("test:\n  blocks: [\n", 3, "not valid YAML"),
])
def test_an_unreadable_file_names_its_line(text: str, line: int, words: str) -> None:
    with pytest.raises(FileProblem) as caught:
        decode(text)
    assert caught.value.line == line and words in caught.value.message


def test_pulled_blocks_drop_ids_defaults_and_repeats_and_name_modules_and_scripts() -> None:
    tasks = [
        {"id": "b1", "type": "instructions", "step_type": "instruction", "step_description": "Tap"},
        {"id": "b2", "type": "if", "step_type": "decision", "step_description": "ok?", "condition": "ok?",
         "thenChildren": [{"id": "b3", "type": "module_import", "module_id": "m-1", "step_description": "x"}],
         "elseChildren": [{"type": "code_execution", "step_description": "s-1"}]},
        {"type": "while", "condition": "more", "children": [{"type": "module_import", "module_id": "m-9"}]},
    ]
    blocks = blocks_from_tasks(tasks, {"m-1": "Sign in"}, {"s-1": "seed"})
    assert blocks == [
        {"type": "instructions", "step_description": "Tap"},
        {"type": "if", "condition": "ok?", "then": [{"type": "module_import", "step_description": "x",
                                                     "module": "Sign in"}],
         "else": [{"type": "code_execution", "script": "seed"}]},
        {"type": "while", "condition": "more", "body": [{"type": "module_import", "module_id": "m-9"}]},
    ]
    sent = tasks_from_blocks(blocks, {"Sign in": "m-1"}, {"seed": "s-1"})
    assert sent[1]["thenChildren"][0] == {"type": "module_import", "step_description": "x", "module_id": "m-1",
                                          "module": "Sign in"}
    assert sent[1]["elseChildren"] == [{"type": "code_execution", "script_id": "s-1", "script": "seed"}]
    assert "children" in sent[2] and "body" not in sent[2]


def test_an_unknown_module_name_is_refused_with_its_place() -> None:
    with pytest.raises(UnknownName) as caught:
        tasks_from_blocks([{"type": "if", "then": [{"type": "module_import", "module": "sign in"}]}],
                          {"Sign in": "m-1"}, {})
    assert caught.value.path == ("blocks", 0, "then", 0) and 'module "sign in" not found' in str(caught.value)


def test_aliases_are_made_as_the_cli_makes_them() -> None:
    taken: list[str] = []
    for name in ["Login flow", "login flow", "Checkout: Pay €5 / Apple", "   ", "UPPER_case.name", "a--b"]:
        taken.append(alias_for(name, "96ce4752-aaaa-4aaa-8aaa-aaaaaaaaaaaa", taken))
    assert taken == ["login-flow", "login-flow-2", "checkout-pay-5-apple", "test-96ce4752", "upper_casename", "a-b"]


@pytest.mark.parametrize(("linked", "modified", "remote", "state"), [
    (False, True, None, SyncState.LOCAL_ONLY),
    (True, False, 3, SyncState.SYNCED),
    (True, True, 3, SyncState.MODIFIED),
    (True, False, 4, SyncState.OUTDATED),
    (True, True, 4, SyncState.CONFLICT),
])
def test_status_rules(linked: bool, modified: bool, remote: int | None, state: SyncState) -> None:
    assert state_of(linked=linked, modified=modified, remote_version=remote, file_version=3) is state
    if linked:
        assert state_of(linked=True, modified=modified, remote_version=None, file_version=3,
                        remote_exists=False) is SyncState.MISSING


def test_a_file_without_a_checksum_is_not_modified(tmp_path: Path) -> None:
    path = tmp_path / "hand.yaml"
    path.write_text("test:\n  metadata: {name: Hand, platform: ios}\n  blocks: [{type: instructions, "
                    "step_description: Go}]\n")
    assert read_test(path).modified is False
    project = Project(tmp_path)
    saved = project.save("hand", {"remote_id": "x", "remote_version": 1, "local_version": 1}, read_test(path).test)
    assert saved.modified is False
    saved.path.write_text(saved.path.read_text().replace("Go", "Go now"))
    assert read_test(saved.path).modified is True


def test_local_checks_name_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text("test:\n  metadata:\n    name: Bad\n    platform: windows\n  blocks:\n"
                    "    - type: instructions\n    - type: loop\n      step_description: x\n")
    found = [str(problem) for problem in problems(read_test(path))]
    assert found == [
        f"{path}:4: metadata.platform must be 'ios' or 'android', got 'windows'",
        f"{path}:1: a new test needs build.name: the app it tests (Revyl creates no test without one)",
        f"{path}:6: blocks[0]: instructions blocks need a step_description",
        f"{path}:7: blocks[1].type must be one of instructions, extraction, manual, validation, code_execution, "
        "module_import, if, while, got 'loop'",
    ]
