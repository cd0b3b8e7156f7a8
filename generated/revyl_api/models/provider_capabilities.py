from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.provider_capabilities_auth_type import ProviderCapabilitiesAuthType, check_provider_capabilities_auth_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProviderCapabilities")


@_attrs_define
class ProviderCapabilities:
    """What a given provider supports, used to drive routing and UI.

    Attributes:
        auth_type: How the provider authenticates (``api_key`` or ``oauth``).
        supports_followup: Whether a running agent accepts follow-up messages.
        supports_cancel: Whether a running agent can be cancelled.
        supports_model: Whether a model can be selected at spawn time.
        supports_listing: Whether runs can be listed for an app.
        requires_repository: Whether a repository must be supplied to spawn.

        Attributes:
            auth_type (ProviderCapabilitiesAuthType | str | Unset):  Default: 'api_key'.
            supports_followup (bool | Unset):  Default: False.
            supports_cancel (bool | Unset):  Default: False.
            supports_model (bool | Unset):  Default: False.
            supports_listing (bool | Unset):  Default: False.
            requires_repository (bool | Unset):  Default: False.
    """

    auth_type: ProviderCapabilitiesAuthType | str | Unset = "api_key"
    supports_followup: bool | Unset = False
    supports_cancel: bool | Unset = False
    supports_model: bool | Unset = False
    supports_listing: bool | Unset = False
    requires_repository: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        auth_type: str | Unset
        if isinstance(self.auth_type, Unset):
            auth_type = UNSET
        elif isinstance(self.auth_type, str):
            auth_type = self.auth_type
        else:
            auth_type = self.auth_type

        supports_followup = self.supports_followup

        supports_cancel = self.supports_cancel

        supports_model = self.supports_model

        supports_listing = self.supports_listing

        requires_repository = self.requires_repository

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if auth_type is not UNSET:
            field_dict["auth_type"] = auth_type
        if supports_followup is not UNSET:
            field_dict["supports_followup"] = supports_followup
        if supports_cancel is not UNSET:
            field_dict["supports_cancel"] = supports_cancel
        if supports_model is not UNSET:
            field_dict["supports_model"] = supports_model
        if supports_listing is not UNSET:
            field_dict["supports_listing"] = supports_listing
        if requires_repository is not UNSET:
            field_dict["requires_repository"] = requires_repository

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_auth_type(data: object) -> ProviderCapabilitiesAuthType | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                auth_type_type_0 = check_provider_capabilities_auth_type(data)

                return auth_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ProviderCapabilitiesAuthType | str | Unset, data)

        auth_type = _parse_auth_type(d.pop("auth_type", UNSET))

        supports_followup = d.pop("supports_followup", UNSET)

        supports_cancel = d.pop("supports_cancel", UNSET)

        supports_model = d.pop("supports_model", UNSET)

        supports_listing = d.pop("supports_listing", UNSET)

        requires_repository = d.pop("requires_repository", UNSET)

        provider_capabilities = cls(
            auth_type=auth_type,
            supports_followup=supports_followup,
            supports_cancel=supports_cancel,
            supports_model=supports_model,
            supports_listing=supports_listing,
            requires_repository=requires_repository,
        )

        provider_capabilities.additional_properties = d
        return provider_capabilities

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
