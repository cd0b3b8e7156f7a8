from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fleet_sandbox import FleetSandbox


T = TypeVar("T", bound="UpdateSandboxResponse")


@_attrs_define
class UpdateSandboxResponse:
    """Response from updating a sandbox.

    Attributes:
        success: Whether the update succeeded.
        message: Human-readable status message.
        sandbox: Updated sandbox data.

        Attributes:
            success (bool): Whether update succeeded
            message (str): Status message
            sandbox (FleetSandbox | None | Unset): Updated sandbox data
    """

    success: bool
    message: str
    sandbox: FleetSandbox | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.fleet_sandbox import FleetSandbox  # noqa: PLC0415

        success = self.success

        message = self.message

        sandbox: dict[str, Any] | None | Unset
        if isinstance(self.sandbox, Unset):
            sandbox = UNSET
        elif isinstance(self.sandbox, FleetSandbox):
            sandbox = self.sandbox.to_dict()
        else:
            sandbox = self.sandbox

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "message": message,
            }
        )
        if sandbox is not UNSET:
            field_dict["sandbox"] = sandbox

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.fleet_sandbox import FleetSandbox  # noqa: PLC0415

        d = dict(src_dict)
        success = d.pop("success")

        message = d.pop("message")

        def _parse_sandbox(data: object) -> FleetSandbox | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                sandbox_type_0 = FleetSandbox.from_dict(data)

                return sandbox_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FleetSandbox | None | Unset, data)

        sandbox = _parse_sandbox(d.pop("sandbox", UNSET))

        update_sandbox_response = cls(
            success=success,
            message=message,
            sandbox=sandbox,
        )

        update_sandbox_response.additional_properties = d
        return update_sandbox_response

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
