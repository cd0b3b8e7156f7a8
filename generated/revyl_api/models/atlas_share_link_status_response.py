from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AtlasShareLinkStatusResponse")


@_attrs_define
class AtlasShareLinkStatusResponse:
    """
    Attributes:
        enabled (bool):
        shareable_link (None | str | Unset):
        expires_at (None | str | Unset):
        share_id (None | str | Unset):
        token (None | str | Unset):
    """

    enabled: bool
    shareable_link: None | str | Unset = UNSET
    expires_at: None | str | Unset = UNSET
    share_id: None | str | Unset = UNSET
    token: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enabled = self.enabled

        shareable_link: None | str | Unset
        if isinstance(self.shareable_link, Unset):
            shareable_link = UNSET
        else:
            shareable_link = self.shareable_link

        expires_at: None | str | Unset
        if isinstance(self.expires_at, Unset):
            expires_at = UNSET
        else:
            expires_at = self.expires_at

        share_id: None | str | Unset
        if isinstance(self.share_id, Unset):
            share_id = UNSET
        else:
            share_id = self.share_id

        token: None | str | Unset
        if isinstance(self.token, Unset):
            token = UNSET
        else:
            token = self.token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "enabled": enabled,
            }
        )
        if shareable_link is not UNSET:
            field_dict["shareable_link"] = shareable_link
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at
        if share_id is not UNSET:
            field_dict["share_id"] = share_id
        if token is not UNSET:
            field_dict["token"] = token

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        enabled = d.pop("enabled")

        def _parse_shareable_link(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        shareable_link = _parse_shareable_link(d.pop("shareable_link", UNSET))

        def _parse_expires_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        expires_at = _parse_expires_at(d.pop("expires_at", UNSET))

        def _parse_share_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        share_id = _parse_share_id(d.pop("share_id", UNSET))

        def _parse_token(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        token = _parse_token(d.pop("token", UNSET))

        atlas_share_link_status_response = cls(
            enabled=enabled,
            shareable_link=shareable_link,
            expires_at=expires_at,
            share_id=share_id,
            token=token,
        )

        atlas_share_link_status_response.additional_properties = d
        return atlas_share_link_status_response

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
