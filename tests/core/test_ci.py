"""CI attribution headers from each supported CI system's environment."""

from __future__ import annotations

import json
from pathlib import Path

from revyl_sdk._core.ci import detect_ci_headers


def test_outside_ci_there_are_none() -> None:
    assert detect_ci_headers({"HOME": "/root"}) == {}


def test_github_actions_matches_revyl_cli(tmp_path: Path) -> None:
    event = tmp_path / "event.json"
    event.write_text(
        json.dumps(
            {"pull_request": {"number": 42, "html_url": "https://github.com/o/r/pull/42", "head": {"sha": "headsha"}}}
        )
    )
    env = {
        "GITHUB_ACTIONS": "true",
        "GITHUB_SHA": "mergesha",
        "GITHUB_REF_NAME": "42/merge",
        "GITHUB_RUN_ID": "777",
        "GITHUB_REPOSITORY": "o/r",
        "GITHUB_ACTOR": "dev",
        "GITHUB_SERVER_URL": "https://github.com",
        "GITHUB_EVENT_PATH": str(event),
    }
    assert detect_ci_headers(env) == {
        "X-CI-System": "github-actions",
        "X-CI-Commit-SHA": "headsha",
        "X-CI-Branch": "42/merge",
        "X-CI-Run-ID": "777",
        "X-CI-Repository": "o/r",
        "X-CI-Actor": "dev",
        "X-CI-Actor-URL": "https://github.com/dev",
        "X-CI-Run-URL": "https://github.com/o/r/actions/runs/777",
        "X-CI-PR-URL": "https://github.com/o/r/pull/42",
        "X-CI-PR-Number": "42",
    }


def test_github_push_without_event_file_uses_github_sha() -> None:
    headers = detect_ci_headers(
        {"GITHUB_ACTIONS": "true", "GITHUB_SHA": "s1", "GITHUB_EVENT_PATH": "/nonexistent.json"}
    )
    assert headers == {"X-CI-System": "github-actions", "X-CI-Commit-SHA": "s1"}


def test_gitlab_merge_request() -> None:
    headers = detect_ci_headers(
        {
            "GITLAB_CI": "true",
            "CI_COMMIT_SHA": "s",
            "CI_COMMIT_REF_NAME": "feat",
            "CI_MERGE_REQUEST_IID": "7",
            "CI_PROJECT_URL": "https://gitlab.com/g/p",
            "CI_PIPELINE_URL": "https://gitlab.com/g/p/-/pipelines/9",
        }
    )
    assert headers["X-CI-PR-Number"] == "7"
    assert headers["X-CI-PR-URL"] == "https://gitlab.com/g/p/-/merge_requests/7"
    assert headers["X-CI-Run-URL"].endswith("/pipelines/9")


def test_circleci_pr_number_from_url() -> None:
    headers = detect_ci_headers(
        {"CIRCLECI": "true", "CIRCLE_SHA1": "s", "CIRCLE_PULL_REQUEST": "https://github.com/o/r/pull/15"}
    )
    assert headers["X-CI-System"] == "circleci" and headers["X-CI-PR-Number"] == "15"


def test_buildkite_non_pr_has_no_pr_number() -> None:
    headers = detect_ci_headers({"BUILDKITE": "true", "BUILDKITE_COMMIT": "s", "BUILDKITE_PULL_REQUEST": "false"})
    assert headers == {"X-CI-System": "buildkite", "X-CI-Commit-SHA": "s"}


def test_jenkins_and_bitrise() -> None:
    jenkins = detect_ci_headers(
        {"JENKINS_URL": "https://ci", "GIT_COMMIT": "s", "CHANGE_ID": "3", "BUILD_URL": "https://ci/job/1"}
    )
    assert jenkins["X-CI-System"] == "jenkins" and jenkins["X-CI-PR-Number"] == "3"
    bitrise = detect_ci_headers({"BITRISE_IO": "true", "BITRISE_GIT_COMMIT": "s", "BITRISE_GIT_BRANCH": "dev"})
    assert bitrise == {"X-CI-System": "bitrise", "X-CI-Commit-SHA": "s", "X-CI-Branch": "dev"}
