from typing import Literal

ProviderCapabilitiesAuthType = Literal["api_key", "oauth"]

PROVIDER_CAPABILITIES_AUTH_TYPE_VALUES: set[ProviderCapabilitiesAuthType] = {
    "api_key",
    "oauth",
}


def check_provider_capabilities_auth_type(value: str) -> ProviderCapabilitiesAuthType:
    if value in PROVIDER_CAPABILITIES_AUTH_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PROVIDER_CAPABILITIES_AUTH_TYPE_VALUES!r}")
