from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.cloud_agent_provider_id import CloudAgentProviderId, check_cloud_agent_provider_id
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.provider_capabilities import ProviderCapabilities


T = TypeVar("T", bound="ProviderDescriptor")


@_attrs_define
class ProviderDescriptor:
    """Static description of a provider plus its per-org connection status.

    Attributes:
        id: Canonical provider id.
        label: Human-friendly provider name.
        capabilities: What the provider supports.
        connected: Whether the caller's org has connected this provider.
        configured: Whether the caller's org can spawn with this provider.
        account_label: Label for the connected credential, if known.

        Attributes:
            id (CloudAgentProviderId | str): Canonical cloud-agent provider identifiers.

                Only Cursor is implemented today; add a member here when adding a provider
                so request bodies, the registry, and the frontend can do exhaustive handling.
            label (str):
            capabilities (ProviderCapabilities): What a given provider supports, used to drive routing and UI.

                Attributes:
                    auth_type: How the provider authenticates (``api_key`` or ``oauth``).
                    supports_followup: Whether a running agent accepts follow-up messages.
                    supports_cancel: Whether a running agent can be cancelled.
                    supports_model: Whether a model can be selected at spawn time.
                    supports_listing: Whether runs can be listed for an app.
                    requires_repository: Whether a repository must be supplied to spawn.
            connected (bool | Unset):  Default: False.
            configured (bool | Unset):  Default: False.
            account_label (None | str | Unset):
    """

    id: CloudAgentProviderId | str
    label: str
    capabilities: ProviderCapabilities
    connected: bool | Unset = False
    configured: bool | Unset = False
    account_label: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: str
        if isinstance(self.id, str):
            id = self.id
        else:
            id = self.id

        label = self.label

        capabilities = self.capabilities.to_dict()

        connected = self.connected

        configured = self.configured

        account_label: None | str | Unset
        if isinstance(self.account_label, Unset):
            account_label = UNSET
        else:
            account_label = self.account_label

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "label": label,
                "capabilities": capabilities,
            }
        )
        if connected is not UNSET:
            field_dict["connected"] = connected
        if configured is not UNSET:
            field_dict["configured"] = configured
        if account_label is not UNSET:
            field_dict["account_label"] = account_label

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.provider_capabilities import ProviderCapabilities  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_id(data: object) -> CloudAgentProviderId | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                id_type_0 = check_cloud_agent_provider_id(data)

                return id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CloudAgentProviderId | str, data)

        id = _parse_id(d.pop("id"))

        label = d.pop("label")

        capabilities = ProviderCapabilities.from_dict(d.pop("capabilities"))

        connected = d.pop("connected", UNSET)

        configured = d.pop("configured", UNSET)

        def _parse_account_label(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        account_label = _parse_account_label(d.pop("account_label", UNSET))

        provider_descriptor = cls(
            id=id,
            label=label,
            capabilities=capabilities,
            connected=connected,
            configured=configured,
            account_label=account_label,
        )

        provider_descriptor.additional_properties = d
        return provider_descriptor

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
