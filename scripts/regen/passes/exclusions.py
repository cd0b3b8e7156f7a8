"""Pass: drop operations a customer's API key cannot use, by the rules in
regen-exclusions.yaml (repo root). Each rule names a reason, which the lock file records."""

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from regen.errors import RegenError
from regen.spec import Spec, map_operations, operation_key

RULE_KEYS = frozenset({"path", "tag", "header", "methods", "reason"})
CRITERIA = ("path", "tag", "header")


@dataclass(frozen=True)
class ExclusionRule:
    """Matches when every criterion given matches; `methods` narrows any of them."""

    reason: str
    path: re.Pattern[str] | None = None  # searched in the path
    tag: str | None = None  # any of the operation's tags
    header: str | None = None  # a header parameter the operation declares
    methods: frozenset[str] | None = None

    def matches(self, path: str, method: str, operation: dict[str, Any]) -> bool:
        if self.methods is not None and method not in self.methods:
            return False
        if self.path is not None and not self.path.search(path):
            return False
        if self.tag is not None and self.tag not in (operation.get("tags") or []):
            return False
        return self.header is None or self.header.lower() in _header_names(operation)


@dataclass(frozen=True)
class Excluded:
    operation: str  # "METHOD /path"
    reason: str


def load_rules(path: Path) -> list[ExclusionRule]:
    try:
        document = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as error:
        raise RegenError(f"exclusions {path.name}: cannot read it as YAML") from error
    if not isinstance(document, dict) or not isinstance(document.get("rules"), list):
        raise RegenError(f"exclusions {path.name}: needs a `rules:` list")
    return [parse_rule(raw, f"exclusions {path.name} rule {i}") for i, raw in enumerate(document["rules"])]


def parse_rule(raw: Any, where: str) -> ExclusionRule:
    if not isinstance(raw, dict) or not raw.keys() <= RULE_KEYS:
        raise RegenError(f"{where}: must be a mapping of {sorted(RULE_KEYS)}")
    if not isinstance(raw.get("reason"), str) or not raw["reason"].strip():
        raise RegenError(f"{where}: needs a `reason`")
    if not any(raw.get(key) for key in CRITERIA):
        raise RegenError(f"{where}: needs at least one of {list(CRITERIA)}")
    try:
        pattern = re.compile(raw["path"]) if raw.get("path") else None
    except re.error as error:
        raise RegenError(f"{where}: bad path regex: {error}") from error
    methods = raw.get("methods")
    return ExclusionRule(
        reason=raw["reason"].strip(),
        path=pattern,
        tag=raw.get("tag"),
        header=raw.get("header"),
        methods=frozenset(m.lower() for m in methods) if methods else None,
    )


def exclude_operations(doc: Spec, rules: list[ExclusionRule]) -> tuple[Spec, list[Excluded]]:
    """Return the spec without excluded operations, and what was excluded (first rule wins)."""
    excluded: list[Excluded] = []

    def keep(path: str, method: str, operation: dict[str, Any]) -> dict[str, Any] | None:
        rule = next((rule for rule in rules if rule.matches(path, method, operation)), None)
        if rule is None:
            return operation
        excluded.append(Excluded(operation_key(method, path), rule.reason))
        return None

    return map_operations(doc, keep), excluded


def _header_names(operation: dict[str, Any]) -> set[str]:
    return {
        str(parameter.get("name", "")).lower()
        for parameter in operation.get("parameters") or []
        if isinstance(parameter, dict) and parameter.get("in") == "header"
    }
