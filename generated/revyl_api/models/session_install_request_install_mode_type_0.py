from typing import Literal

SessionInstallRequestInstallModeType0 = Literal["delta", "fast"]

SESSION_INSTALL_REQUEST_INSTALL_MODE_TYPE_0_VALUES: set[SessionInstallRequestInstallModeType0] = {
    "delta",
    "fast",
}


def check_session_install_request_install_mode_type_0(value: str) -> SessionInstallRequestInstallModeType0:
    if value in SESSION_INSTALL_REQUEST_INSTALL_MODE_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SESSION_INSTALL_REQUEST_INSTALL_MODE_TYPE_0_VALUES!r}"
    )
