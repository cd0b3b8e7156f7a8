from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.slack_integration import SlackIntegration


T = TypeVar("T", bound="SlackIntegrationResponse")


@_attrs_define
class SlackIntegrationResponse:
    """Response for getting Slack integration status.

    Attributes:
        connected (bool):
        integration (None | SlackIntegration | Unset):
    """

    connected: bool
    integration: None | SlackIntegration | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.slack_integration import SlackIntegration  # noqa: PLC0415

        connected = self.connected

        integration: dict[str, Any] | None | Unset
        if isinstance(self.integration, Unset):
            integration = UNSET
        elif isinstance(self.integration, SlackIntegration):
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
        if integration is not UNSET:
            field_dict["integration"] = integration

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.slack_integration import SlackIntegration  # noqa: PLC0415

        d = dict(src_dict)
        connected = d.pop("connected")

        def _parse_integration(data: object) -> None | SlackIntegration | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                integration_type_0 = SlackIntegration.from_dict(data)

                return integration_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SlackIntegration | Unset, data)

        integration = _parse_integration(d.pop("integration", UNSET))

        slack_integration_response = cls(
            connected=connected,
            integration=integration,
        )

        slack_integration_response.additional_properties = d
        return slack_integration_response

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
