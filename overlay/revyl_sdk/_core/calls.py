"""Turn a generated operation module into an `APICall` the base client can send."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from functools import cache
from types import ModuleType
from typing import TYPE_CHECKING, Any, TypeVar

import httpx

from .base_client import APICall
from .exceptions import RevylError, UnsupportedOperationError
from .options import TimeoutTypes
from .retry import Safety

if TYPE_CHECKING:
    from revyl_api.client import Client

T = TypeVar("T")
ModelT = TypeVar("ModelT")


@cache
def _parser_client() -> Client:
    """The generated parsers want a client only to read `raise_on_unexpected_status`."""
    # Imported here, like every generated module the SDK uses: a call loads them, a client does not.
    from revyl_api.client import Client

    return Client(base_url="", raise_on_unexpected_status=False)


def call(
    operation: ModuleType,
    returns: type[T],
    *,
    safety: Safety = Safety.SAFE,
    timeout: TimeoutTypes | None = None,
    extra_headers: dict[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    **arguments: Any,
) -> APICall[T]:
    """Prepare `operation` (a `revyl_api.api.*` module) with `arguments`; parse as `returns`.

    Raises `UnsupportedOperationError` when the client's spec lacks the operation.
    """

    from revyl_api.unsupported import UnsupportedOperation

    name = operation.__name__.rsplit(".", 1)[-1]
    try:
        request = operation._get_kwargs(**arguments)
    except UnsupportedOperation as missing:  # a placeholder regen wrote (see revyl_api.unsupported)
        raise UnsupportedOperationError(missing.what, missing.spec) from None

    def parse(response: httpx.Response) -> T:
        try:
            parsed = operation._parse_response(client=_parser_client(), response=response)
        except (ValueError, KeyError, TypeError) as error:
            # A body that does not fit the spec is the server's problem, not a crash of ours.
            raise RevylError(f"Could not read the {name} response: {type(error).__name__}: {error}") from error
        if not isinstance(parsed, returns):
            raise RevylError(
                f"Unexpected {response.status_code} response from {name}: "
                f"expected {returns.__name__}, got {type(parsed).__name__}"
            )
        return parsed

    return APICall(
        request=request,
        parse=parse,
        safety=safety,
        timeout=timeout,
        extra_headers=extra_headers or {},
        extra_query=extra_query,
        extra_body=extra_body,
    )


def supports(operation: ModuleType) -> bool:
    """Whether the client has `operation` (False for a placeholder of one its spec lacked):
    lets a method pick its flow before sending anything."""
    return not hasattr(operation, "UNSUPPORTED_ROUTE")


def build_model(model: type[ModelT], fields: dict[str, Any], what: str) -> ModelT:
    """`model.from_dict(fields)`, with malformed input reported as one clear RevylError.

    A key the model does not have is refused rather than sent as an extra property the API
    would ignore: a misspelt option, or one the spec this client was generated from lacks.
    """
    try:
        built = model.from_dict(fields)  # type: ignore[attr-defined]
    except (ValueError, KeyError, TypeError) as error:
        raise RevylError(f"Invalid {what}: {error}") from None
    unknown = sorted(getattr(built, "additional_properties", {}))
    if unknown:
        raise RevylError(_unknown_fields(model, unknown, what))
    return built  # type: ignore[no-any-return]


def _unknown_fields(model: type, unknown: list[str], what: str) -> str:
    import difflib

    import attrs
    from revyl_api.unsupported import SPEC

    known = [field.name for field in attrs.fields(model) if field.name != "additional_properties"]
    guesses = [f"{name!r} (did you mean {close[0]!r}?)" if (close := difflib.get_close_matches(name, known, 1))
               else repr(name) for name in unknown]
    return (f"Unknown {what}: {', '.join(guesses)}. {model.__name__} in the API spec this client was "
            f"generated from ({SPEC}) has no such field{'s' if len(unknown) > 1 else ''}")


def require_uuid(value: str, name: str) -> str:
    """`value` if it is a UUID; the API rejects anything else, so say so before sending."""
    try:
        uuid.UUID(str(value))
    except ValueError:
        raise RevylError(f"{name} must be a UUID, got {value!r}") from None
    return value


def require_task_id(value: str) -> str:
    """`value` without surrounding whitespace (as read from a file or CI output); never empty."""
    task_id = value.strip() if isinstance(value, str) else ""
    if not task_id:
        raise RevylError(f"task_id must be a run's task id (as `run.task_id` gives), got {value!r}")
    return task_id
