"""Exclusion rules: matching, config validation, and what must never be excluded."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from regen.errors import RegenError
from regen.layout import EXCLUSIONS_FILE
from regen.passes.exclusions import ExclusionRule, exclude_operations, load_rules, parse_rule
from regen.pipeline import patched_spec
from regen.spec import iter_operations, operation_key
from regen_helpers import HISTORY, PINNED_SPEC, SEED_CAPABILITIES, make_spec


def excluded_in(path: Path) -> tuple[set[str], set[str]]:
    """(all operations, excluded operations) of a spec after the project's patches."""
    doc = patched_spec(json.loads(path.read_bytes()))
    _, excluded = exclude_operations(doc, load_rules(EXCLUSIONS_FILE))
    every = {operation_key(method, p) for p, method, _ in iter_operations(doc)}
    return every, {e.operation for e in excluded}


def test_seed_capabilities_exist_and_are_not_excluded_on_the_pinned_spec() -> None:
    every, excluded = excluded_in(PINNED_SPEC)
    assert set(SEED_CAPABILITIES) <= every
    assert not set(SEED_CAPABILITIES) & excluded


@pytest.mark.parametrize("spec", [p for p in HISTORY if p.name >= "2026-07-10"], ids=lambda p: p.name[:18])
def test_nothing_the_cli_allowlists_is_excluded(spec: Path) -> None:
    # From 2026-07-10 the specs are the CLI's allowlist: operations a customer key does use.
    _, excluded = excluded_in(spec)
    assert excluded == set()


def test_pinned_exclusions_are_internal_looking_operations_only() -> None:
    _, excluded = excluded_in(PINNED_SPEC)
    assert excluded  # the rules do bite on the full backend spec
    internal = re.compile(
        r"/admin/|internal|/runner/|webhook|callback|/flywheel/|/trace/|/layer-jobs/|"
        r"/backfill-jobs/|/recordings/compile/\{job_id\}/status|/system-apps|/llm-calls|"
        r"/execution/(device-sessions|test-executions|workflow-executions)|/reports-v3/"
    )
    assert [op for op in sorted(excluded) if not internal.search(op)] == []


def rule(**fields: object) -> ExclusionRule:
    return parse_rule({"reason": "because", **fields}, "test rule")


def test_rule_criteria_all_have_to_match() -> None:
    doc = make_spec(
        {
            "/api/v1/admin/x": {"get": {"tags": ["Admin"]}, "post": {"tags": ["Admin"]}},
            "/api/v1/hook": {
                "post": {"parameters": [{"name": "X-Service-Key", "in": "header"}]},
            },
            "/api/v1/keep": {"get": {"tags": ["Admin"]}},
        }
    )
    rules = [
        rule(path="^/api/v1/admin/", methods=["POST"]),
        rule(header="x-service-key"),
        rule(tag="Admin", path="/nothing-matches/"),
    ]
    new, excluded = exclude_operations(doc, rules)
    assert [e.operation for e in excluded] == ["POST /api/v1/admin/x", "POST /api/v1/hook"]
    assert set(new["paths"]) == {"/api/v1/admin/x", "/api/v1/keep"}  # /hook had nothing left
    assert excluded[0].reason == "because"


@pytest.mark.parametrize(
    ("raw", "problem"),
    [
        ({"path": "^/x"}, "reason"),
        ({"reason": "r"}, "at least one of"),
        ({"reason": "r", "path": "("}, "bad path regex"),
        ({"reason": "r", "paths": "^/x"}, "must be a mapping"),
    ],
)
def test_bad_rules_are_reported_clearly(raw: dict[str, object], problem: str) -> None:
    with pytest.raises(RegenError, match=problem):
        parse_rule(raw, "rule 0")


def test_every_configured_rule_has_a_reason() -> None:
    rules = load_rules(EXCLUSIONS_FILE)
    assert rules and all(len(r.reason) > 10 for r in rules)
