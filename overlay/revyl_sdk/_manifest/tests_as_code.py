"""`client.tests.status / diff / pull / push` (resources/_tests_as_code.py): what they send is
what the methods they build on send, so their needs are those methods' needs together."""

from __future__ import annotations

from .apps import METHODS as APPS
from .discovery import METHODS as DISCOVERY
from .modules import METHODS as MODULES
from .needs import Model, Needs, Operation
from .tags import METHODS as TAGS
from .test_edits import METHODS as TEST_EDITS
from .variables import METHODS as VARIABLES
from .yaml import METHODS as YAML


def _together(*parts: Needs) -> Needs:
    return Needs(tuple(op for part in parts for op in part.operations),
                 tuple(model for part in parts for model in part.models),
                 tuple(flow for part in parts for flow in part.flows))


# Read of every listed or fetched test (resources/_test_sync.py `remote_test`, through to_dict).
_TEST_FIELDS = Needs((), (Model("Test", ("id", "name", "platform", "tasks", "version", "app_id", "pinned_version",
                                        "mobile_targets", "orientation")), Model("MobileTarget")))
# Apps are listed page by page, unfiltered (resources/_test_sync.py).
_APP_PAGES = Needs((Operation("GET /api/v1/apps/", "apps.list_apps", ("page", "page_size")),),
                   APPS["apps.list"].models)
_STATUS = _together(DISCOVERY["tests.list"], DISCOVERY["tests.get"], _TEST_FIELDS)
_PULL = _together(
    _STATUS, MODULES["modules.list"], MODULES["scripts.list"], APPS["apps.get"],
    TAGS["tags.of_test"], VARIABLES["variables.list"], VARIABLES["launch_variables.attached"],
)
_PUSH = _together(
    _STATUS, YAML["yaml.validate"], TEST_EDITS["tests.create"], TEST_EDITS["tests.update"],
    MODULES["modules.list"], MODULES["scripts.list"], _APP_PAGES,
    TAGS["tags.set_for_test"], VARIABLES["variables.delete_all"], VARIABLES["variables.set"],
    VARIABLES["launch_variables.list"], VARIABLES["launch_variables.replace"],
    TEST_EDITS["tests.set_device_target"],
)

METHODS = {
    "tests.status": _STATUS,
    "tests.diff": _PULL,
    "tests.pull": _PULL,
    "tests.push": _PUSH,
}
