from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ConnectCursorRequest")


@_attrs_define
class ConnectCursorRequest:
    """Request body to connect (or update) an org's Cursor API key.

    Attributes:
        api_key (str): Cursor API key (user or service account)
        default_repo_url (None | str | Unset): Optional default repository URL for spawns
        default_model (None | str | Unset): Optional default Cursor model for spawns
    """

    api_key: str
    default_repo_url: None | str | Unset = UNSET
    default_model: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        api_key = self.api_key

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
                "api_key": api_key,
            }
        )
        if default_repo_url is not UNSET:
            field_dict["default_repo_url"] = default_repo_url
        if default_model is not UNSET:
            field_dict["default_model"] = default_model

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        api_key = d.pop("api_key")

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

        connect_cursor_request = cls(
            api_key=api_key,
            default_repo_url=default_repo_url,
            default_model=default_model,
        )

        connect_cursor_request.additional_properties = d
        return connect_cursor_request

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
