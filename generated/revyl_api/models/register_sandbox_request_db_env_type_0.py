from typing import Literal

RegisterSandboxRequestDbEnvType0 = Literal["production", "staging"]

REGISTER_SANDBOX_REQUEST_DB_ENV_TYPE_0_VALUES: set[RegisterSandboxRequestDbEnvType0] = {
    "production",
    "staging",
}


def check_register_sandbox_request_db_env_type_0(value: str) -> RegisterSandboxRequestDbEnvType0:
    if value in REGISTER_SANDBOX_REQUEST_DB_ENV_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {REGISTER_SANDBOX_REQUEST_DB_ENV_TYPE_0_VALUES!r}")
