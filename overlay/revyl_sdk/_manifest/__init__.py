"""What each public SDK method needs from the generated client, declared as data.

Regen's compatibility gate checks a new spec against these declarations before it replaces
`generated/`, and names the SDK methods a change would break. Nothing here imports
`revyl_api`: regen reads it while the generated package is being replaced.

One module per API area declares `METHODS`, keyed by the method as users call it
(`"apps.update"` for `client.apps.update`, sync and async alike).
"""

from __future__ import annotations

from collections.abc import Mapping

from . import apps, devices, discovery, run_reports
from .needs import Model, Needs, Operation

__all__ = ["METHODS", "Model", "Needs", "Operation"]

METHODS: Mapping[str, Needs] = {
    **apps.METHODS,
    **devices.METHODS,
    **discovery.METHODS,
    **run_reports.METHODS,
}
