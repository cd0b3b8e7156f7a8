"""The events `client.monitor.stream()` yields, for `isinstance` checks and `match` statements.

    for event in stream:
        match event:
            case TestUpdated():
                print(event.task_id, event.test.progress)
            case TestFinished() | TestFinishedWithData():
                print(event.task_id, event.outcome)
            case UnknownEvent():
                pass  # a newer server event (or a malformed one): safe to skip
"""

from ._live.events import *  # noqa: F403  (the public names, listed once in `_live.events.__all__`)
from ._live.events import __all__ as __all__
