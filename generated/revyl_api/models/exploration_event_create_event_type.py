from typing import Literal

ExplorationEventCreateEventType = Literal[
    "blocked", "dead_end", "goal_completed", "handoff_summary", "new_area_found", "screen_seen"
]

EXPLORATION_EVENT_CREATE_EVENT_TYPE_VALUES: set[ExplorationEventCreateEventType] = {
    "blocked",
    "dead_end",
    "goal_completed",
    "handoff_summary",
    "new_area_found",
    "screen_seen",
}


def check_exploration_event_create_event_type(value: str) -> ExplorationEventCreateEventType:
    if value in EXPLORATION_EVENT_CREATE_EVENT_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {EXPLORATION_EVENT_CREATE_EVENT_TYPE_VALUES!r}")
