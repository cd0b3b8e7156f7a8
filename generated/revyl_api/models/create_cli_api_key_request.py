from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateCLIApiKeyRequest")


@_attrs_define
class CreateCLIApiKeyRequest:
    """Request to create or rotate a browser-issued CLI API key.

    Attributes:
        client_instance_id (None | str | Unset): Stable per-install CLI identifier used to rotate only this device's
            key.
        device_label (None | str | Unset): Human-readable device label to attach to the browser-issued CLI key.
    """

    client_instance_id: None | str | Unset = UNSET
    device_label: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        client_instance_id: None | str | Unset
        if isinstance(self.client_instance_id, Unset):
            client_instance_id = UNSET
        else:
            client_instance_id = self.client_instance_id

        device_label: None | str | Unset
        if isinstance(self.device_label, Unset):
            device_label = UNSET
        else:
            device_label = self.device_label

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if client_instance_id is not UNSET:
            field_dict["client_instance_id"] = client_instance_id
        if device_label is not UNSET:
            field_dict["device_label"] = device_label

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_client_instance_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        client_instance_id = _parse_client_instance_id(d.pop("client_instance_id", UNSET))

        def _parse_device_label(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        device_label = _parse_device_label(d.pop("device_label", UNSET))

        create_cli_api_key_request = cls(
            client_instance_id=client_instance_id,
            device_label=device_label,
        )

        create_cli_api_key_request.additional_properties = d
        return create_cli_api_key_request

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
