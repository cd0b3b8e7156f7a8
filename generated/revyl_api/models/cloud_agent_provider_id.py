from typing import Literal

CloudAgentProviderId = Literal["cursor"]

CLOUD_AGENT_PROVIDER_ID_VALUES: set[CloudAgentProviderId] = {
    "cursor",
}


def check_cloud_agent_provider_id(value: str) -> CloudAgentProviderId:
    if value in CLOUD_AGENT_PROVIDER_ID_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CLOUD_AGENT_PROVIDER_ID_VALUES!r}")
