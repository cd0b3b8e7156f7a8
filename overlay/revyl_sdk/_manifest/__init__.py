"""What each public SDK method needs from the generated client, declared as data.

Regen's compatibility gate checks a new spec against these declarations before it replaces
`generated/`, and names the SDK methods a change would break. Nothing here imports
`revyl_api`: regen reads it while the generated package is being replaced.

One module per API area declares `METHODS`, keyed by the method as users call it
(`"apps.update"` for `client.apps.update`, sync and async alike). A method added to the SDK
gets an entry here in the same change: tests/test_manifest.py fails while any `revyl_api`
operation or model the overlay imports is declared by no method.
"""

from __future__ import annotations

from collections.abc import Mapping

from . import (
    apps,
    builds,
    devices,
    discovery,
    files,
    modules,
    monitor,
    reports,
    run_reports,
    starts,
    tags,
    test_edits,
    tests,
    tests_as_code,
    variables,
    workflow_edits,
    workflows,
    yaml,
)
from .needs import Flow, Model, Needs, Operation, combined

__all__ = ["METHODS", "Flow", "Model", "Needs", "Operation"]

METHODS: Mapping[str, Needs] = combined(
    apps.METHODS,
    builds.METHODS,
    tests.METHODS,
    workflows.METHODS,
    yaml.METHODS,
    reports.METHODS,
    monitor.METHODS,
    devices.METHODS,
    discovery.METHODS,
    run_reports.METHODS,
    starts.METHODS,
    test_edits.METHODS,
    workflow_edits.METHODS,
    tags.METHODS,
    variables.METHODS,
    modules.METHODS,
    files.METHODS,
    tests_as_code.METHODS,
)
