from typing import Literal

ScmProvider = Literal["github"]

SCM_PROVIDER_VALUES: set[ScmProvider] = {
    "github",
}


def check_scm_provider(value: str) -> ScmProvider:
    if value in SCM_PROVIDER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SCM_PROVIDER_VALUES!r}")
