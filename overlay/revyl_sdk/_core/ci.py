"""CI attribution headers (`X-CI-*`), detected from the CI system's environment.

Revyl's CLI sends these only on GitHub Actions; the SDK also knows GitLab CI, CircleCI,
Buildkite, Jenkins and Bitrise. Empty values are left out, as the CLI does.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping

Env = Mapping[str, str]

__all__ = ["detect_ci_headers"]


def detect_ci_headers(env: Env) -> dict[str, str]:
    """The `X-CI-*` headers for the CI system `env` belongs to; `{}` outside CI."""
    for is_active, collect in _DETECTORS:
        if is_active(env):
            return {name: value for name, value in collect(env).items() if value}
    return {}


def _join(*parts: str | None) -> str:
    """Parts joined by '/', or '' when any is missing (a half-built URL is worse than none)."""
    present = [part for part in parts if part]
    return "/".join(present) if len(present) == len(parts) else ""


def _positive_int(value: str | None) -> str:
    """PR numbers are integers in the spec; anything else (e.g. Buildkite's 'false') is dropped."""
    return value if value and value.isdigit() and int(value) > 0 else ""


def _github_event(env: Env) -> dict[str, object]:
    path = env.get("GITHUB_EVENT_PATH")
    if not path:
        return {}
    try:
        with open(path, encoding="utf-8") as file:
            event = json.load(file)
    except (OSError, ValueError):
        return {}
    pull_request = event.get("pull_request") if isinstance(event, dict) else None
    return pull_request if isinstance(pull_request, dict) else {}


def _github(env: Env) -> dict[str, str]:
    pull_request = _github_event(env)
    head = pull_request.get("head")
    head_sha = head.get("sha") if isinstance(head, dict) else None
    server, repo, actor = (env.get(k) for k in ("GITHUB_SERVER_URL", "GITHUB_REPOSITORY", "GITHUB_ACTOR"))
    return {
        "X-CI-System": "github-actions",
        "X-CI-Commit-SHA": str(head_sha or env.get("REVYL_PR_HEAD_SHA") or env.get("GITHUB_SHA", "")),
        "X-CI-Branch": env.get("GITHUB_REF_NAME", ""),
        "X-CI-Run-ID": env.get("GITHUB_RUN_ID", ""),
        "X-CI-Repository": repo or "",
        "X-CI-Actor": actor or "",
        "X-CI-Actor-URL": _join(server, actor),
        "X-CI-Run-URL": _join(server, repo, "actions/runs", env.get("GITHUB_RUN_ID")),
        "X-CI-PR-URL": str(pull_request.get("html_url") or ""),
        "X-CI-PR-Number": _positive_int(str(pull_request.get("number") or "")),
    }


def _gitlab(env: Env) -> dict[str, str]:
    return {
        "X-CI-System": "gitlab-ci",
        "X-CI-Commit-SHA": env.get("CI_COMMIT_SHA", ""),
        "X-CI-Branch": env.get("CI_COMMIT_REF_NAME", ""),
        "X-CI-Run-ID": env.get("CI_PIPELINE_ID", ""),
        "X-CI-Repository": env.get("CI_PROJECT_PATH", ""),
        "X-CI-Actor": env.get("GITLAB_USER_LOGIN", ""),
        "X-CI-Run-URL": env.get("CI_PIPELINE_URL", ""),
        "X-CI-PR-Number": _positive_int(env.get("CI_MERGE_REQUEST_IID")),
        "X-CI-PR-URL": _join(env.get("CI_PROJECT_URL"), "-/merge_requests", env.get("CI_MERGE_REQUEST_IID")),
    }


_TRAILING_NUMBER = re.compile(r"/(\d+)/?$")


def _circleci(env: Env) -> dict[str, str]:
    pr_url = env.get("CIRCLE_PULL_REQUEST", "")
    match = _TRAILING_NUMBER.search(pr_url)
    return {
        "X-CI-System": "circleci",
        "X-CI-Commit-SHA": env.get("CIRCLE_SHA1", ""),
        "X-CI-Branch": env.get("CIRCLE_BRANCH", ""),
        "X-CI-Run-ID": env.get("CIRCLE_WORKFLOW_ID") or env.get("CIRCLE_BUILD_NUM", ""),
        "X-CI-Repository": _join(env.get("CIRCLE_PROJECT_USERNAME"), env.get("CIRCLE_PROJECT_REPONAME")),
        "X-CI-Actor": env.get("CIRCLE_USERNAME", ""),
        "X-CI-Run-URL": env.get("CIRCLE_BUILD_URL", ""),
        "X-CI-PR-URL": pr_url,
        "X-CI-PR-Number": _positive_int(match.group(1) if match else None),
    }


def _buildkite(env: Env) -> dict[str, str]:
    return {
        "X-CI-System": "buildkite",
        "X-CI-Commit-SHA": env.get("BUILDKITE_COMMIT", ""),
        "X-CI-Branch": env.get("BUILDKITE_BRANCH", ""),
        "X-CI-Run-ID": env.get("BUILDKITE_BUILD_ID", ""),
        "X-CI-Repository": env.get("BUILDKITE_PIPELINE_SLUG", ""),
        "X-CI-Actor": env.get("BUILDKITE_BUILD_CREATOR", ""),
        "X-CI-Run-URL": env.get("BUILDKITE_BUILD_URL", ""),
        "X-CI-PR-Number": _positive_int(env.get("BUILDKITE_PULL_REQUEST")),
    }


def _jenkins(env: Env) -> dict[str, str]:
    return {
        "X-CI-System": "jenkins",
        "X-CI-Commit-SHA": env.get("GIT_COMMIT", ""),
        "X-CI-Branch": env.get("CHANGE_BRANCH") or env.get("BRANCH_NAME") or env.get("GIT_BRANCH", ""),
        "X-CI-Run-ID": env.get("BUILD_TAG") or env.get("BUILD_ID", ""),
        "X-CI-Repository": env.get("JOB_NAME", ""),
        "X-CI-Actor": env.get("CHANGE_AUTHOR", ""),
        "X-CI-Run-URL": env.get("BUILD_URL", ""),
        "X-CI-PR-URL": env.get("CHANGE_URL", ""),
        "X-CI-PR-Number": _positive_int(env.get("CHANGE_ID")),
    }


def _bitrise(env: Env) -> dict[str, str]:
    return {
        "X-CI-System": "bitrise",
        "X-CI-Commit-SHA": env.get("BITRISE_GIT_COMMIT") or env.get("GIT_CLONE_COMMIT_HASH", ""),
        "X-CI-Branch": env.get("BITRISE_GIT_BRANCH", ""),
        "X-CI-Run-ID": env.get("BITRISE_BUILD_SLUG", ""),
        "X-CI-Repository": env.get("BITRISEIO_GIT_REPOSITORY_SLUG", ""),
        "X-CI-Run-URL": env.get("BITRISE_BUILD_URL", ""),
        "X-CI-PR-Number": _positive_int(env.get("BITRISE_PULL_REQUEST")),
    }


_DETECTORS: list[tuple[Callable[[Env], bool], Callable[[Env], dict[str, str]]]] = [
    (lambda env: env.get("GITHUB_ACTIONS") == "true", _github),
    (lambda env: env.get("GITLAB_CI") == "true", _gitlab),
    (lambda env: env.get("CIRCLECI") == "true", _circleci),
    (lambda env: env.get("BUILDKITE") == "true", _buildkite),
    (lambda env: bool(env.get("JENKINS_URL")), _jenkins),
    (lambda env: env.get("BITRISE_IO") == "true", _bitrise),
]
