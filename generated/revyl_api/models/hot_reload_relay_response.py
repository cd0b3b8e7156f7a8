from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="HotReloadRelayResponse")


@_attrs_define
class HotReloadRelayResponse:
    """
    Attributes:
        relay_id (str):
        public_url (str):
        connect_url (str):
        connect_token (str):
        expires_at (str):
        transport (Literal['relay'] | Unset):  Default: 'relay'.
    """

    relay_id: str
    public_url: str
    connect_url: str
    connect_token: str
    expires_at: str
    transport: Literal["relay"] | Unset = "relay"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        relay_id = self.relay_id

        public_url = self.public_url

        connect_url = self.connect_url

        connect_token = self.connect_token

        expires_at = self.expires_at

        transport = self.transport

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "relay_id": relay_id,
                "public_url": public_url,
                "connect_url": connect_url,
                "connect_token": connect_token,
                "expires_at": expires_at,
            }
        )
        if transport is not UNSET:
            field_dict["transport"] = transport

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        relay_id = d.pop("relay_id")

        public_url = d.pop("public_url")

        connect_url = d.pop("connect_url")

        connect_token = d.pop("connect_token")

        expires_at = d.pop("expires_at")

        transport = cast(Literal["relay"] | Unset, d.pop("transport", UNSET))
        if transport != "relay" and not isinstance(transport, Unset):
            raise ValueError(f"transport must match const 'relay', got '{transport}'")

        hot_reload_relay_response = cls(
            relay_id=relay_id,
            public_url=public_url,
            connect_url=connect_url,
            connect_token=connect_token,
            expires_at=expires_at,
            transport=transport,
        )

        hot_reload_relay_response.additional_properties = d
        return hot_reload_relay_response

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
