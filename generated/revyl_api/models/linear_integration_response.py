from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.linear_integration import LinearIntegration


T = TypeVar("T", bound="LinearIntegrationResponse")


@_attrs_define
class LinearIntegrationResponse:
    """
    Attributes:
        connected (bool):
        configured (bool | Unset):  Default: False.
        oauth_configured (bool | Unset):  Default: False.
        integration (LinearIntegration | None | Unset):
    """

    connected: bool
    configured: bool | Unset = False
    oauth_configured: bool | Unset = False
    integration: LinearIntegration | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.linear_integration import LinearIntegration  # noqa: PLC0415

        connected = self.connected

        configured = self.configured

        oauth_configured = self.oauth_configured

        integration: dict[str, Any] | None | Unset
        if isinstance(self.integration, Unset):
            integration = UNSET
        elif isinstance(self.integration, LinearIntegration):
            integration = self.integration.to_dict()
        else:
            integration = self.integration

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "connected": connected,
            }
        )
        if configured is not UNSET:
            field_dict["configured"] = configured
        if oauth_configured is not UNSET:
            field_dict["oauth_configured"] = oauth_configured
        if integration is not UNSET:
            field_dict["integration"] = integration

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.linear_integration import LinearIntegration  # noqa: PLC0415

        d = dict(src_dict)
        connected = d.pop("connected")

        configured = d.pop("configured", UNSET)

        oauth_configured = d.pop("oauth_configured", UNSET)

        def _parse_integration(data: object) -> LinearIntegration | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                integration_type_0 = LinearIntegration.from_dict(data)

                return integration_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LinearIntegration | None | Unset, data)

        integration = _parse_integration(d.pop("integration", UNSET))

        linear_integration_response = cls(
            connected=connected,
            configured=configured,
            oauth_configured=oauth_configured,
            integration=integration,
        )

        linear_integration_response.additional_properties = d
        return linear_integration_response

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
