from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CursorConnectionStatus")


@_attrs_define
class CursorConnectionStatus:
    """Connection status for the Cursor integration.

    Attributes:
        connected (bool): Whether this org has its own Cursor key stored
        configured (bool): Whether spawning is possible (org key or platform fallback)
        feature_enabled (bool | Unset): Whether this org may use the Cursor agents feature Default: False.
        account_label (None | str | Unset): API key name behind the connected key
        account_email (None | str | Unset): User email behind the connected key
        default_repo_url (None | str | Unset):
        default_model (None | str | Unset):
    """

    connected: bool
    configured: bool
    feature_enabled: bool | Unset = False
    account_label: None | str | Unset = UNSET
    account_email: None | str | Unset = UNSET
    default_repo_url: None | str | Unset = UNSET
    default_model: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        connected = self.connected

        configured = self.configured

        feature_enabled = self.feature_enabled

        account_label: None | str | Unset
        if isinstance(self.account_label, Unset):
            account_label = UNSET
        else:
            account_label = self.account_label

        account_email: None | str | Unset
        if isinstance(self.account_email, Unset):
            account_email = UNSET
        else:
            account_email = self.account_email

        default_repo_url: None | str | Unset
        if isinstance(self.default_repo_url, Unset):
            default_repo_url = UNSET
        else:
            default_repo_url = self.default_repo_url

        default_model: None | str | Unset
        if isinstance(self.default_model, Unset):
            default_model = UNSET
        else:
            default_model = self.default_model

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "connected": connected,
                "configured": configured,
            }
        )
        if feature_enabled is not UNSET:
            field_dict["feature_enabled"] = feature_enabled
        if account_label is not UNSET:
            field_dict["account_label"] = account_label
        if account_email is not UNSET:
            field_dict["account_email"] = account_email
        if default_repo_url is not UNSET:
            field_dict["default_repo_url"] = default_repo_url
        if default_model is not UNSET:
            field_dict["default_model"] = default_model

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        connected = d.pop("connected")

        configured = d.pop("configured")

        feature_enabled = d.pop("feature_enabled", UNSET)

        def _parse_account_label(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        account_label = _parse_account_label(d.pop("account_label", UNSET))

        def _parse_account_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        account_email = _parse_account_email(d.pop("account_email", UNSET))

        def _parse_default_repo_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        default_repo_url = _parse_default_repo_url(d.pop("default_repo_url", UNSET))

        def _parse_default_model(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        default_model = _parse_default_model(d.pop("default_model", UNSET))

        cursor_connection_status = cls(
            connected=connected,
            configured=configured,
            feature_enabled=feature_enabled,
            account_label=account_label,
            account_email=account_email,
            default_repo_url=default_repo_url,
            default_model=default_model,
        )

        cursor_connection_status.additional_properties = d
        return cursor_connection_status

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
