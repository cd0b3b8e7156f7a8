from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PropelMetadataResponse")


@_attrs_define
class PropelMetadataResponse:
    """
    Attributes:
        expo_token (None | str | Unset):
        browser_provider (None | str | Unset):
        concurrency_limit (int | None | Unset):
        proxy_enabled (bool | None | Unset):
        expo_warning (None | str | Unset):
    """

    expo_token: None | str | Unset = UNSET
    browser_provider: None | str | Unset = UNSET
    concurrency_limit: int | None | Unset = UNSET
    proxy_enabled: bool | None | Unset = UNSET
    expo_warning: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        expo_token: None | str | Unset
        if isinstance(self.expo_token, Unset):
            expo_token = UNSET
        else:
            expo_token = self.expo_token

        browser_provider: None | str | Unset
        if isinstance(self.browser_provider, Unset):
            browser_provider = UNSET
        else:
            browser_provider = self.browser_provider

        concurrency_limit: int | None | Unset
        if isinstance(self.concurrency_limit, Unset):
            concurrency_limit = UNSET
        else:
            concurrency_limit = self.concurrency_limit

        proxy_enabled: bool | None | Unset
        if isinstance(self.proxy_enabled, Unset):
            proxy_enabled = UNSET
        else:
            proxy_enabled = self.proxy_enabled

        expo_warning: None | str | Unset
        if isinstance(self.expo_warning, Unset):
            expo_warning = UNSET
        else:
            expo_warning = self.expo_warning

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if expo_token is not UNSET:
            field_dict["expo_token"] = expo_token
        if browser_provider is not UNSET:
            field_dict["browser_provider"] = browser_provider
        if concurrency_limit is not UNSET:
            field_dict["concurrency_limit"] = concurrency_limit
        if proxy_enabled is not UNSET:
            field_dict["proxy_enabled"] = proxy_enabled
        if expo_warning is not UNSET:
            field_dict["expo_warning"] = expo_warning

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_expo_token(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        expo_token = _parse_expo_token(d.pop("expo_token", UNSET))

        def _parse_browser_provider(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        browser_provider = _parse_browser_provider(d.pop("browser_provider", UNSET))

        def _parse_concurrency_limit(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        concurrency_limit = _parse_concurrency_limit(d.pop("concurrency_limit", UNSET))

        def _parse_proxy_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        proxy_enabled = _parse_proxy_enabled(d.pop("proxy_enabled", UNSET))

        def _parse_expo_warning(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        expo_warning = _parse_expo_warning(d.pop("expo_warning", UNSET))

        propel_metadata_response = cls(
            expo_token=expo_token,
            browser_provider=browser_provider,
            concurrency_limit=concurrency_limit,
            proxy_enabled=proxy_enabled,
            expo_warning=expo_warning,
        )

        propel_metadata_response.additional_properties = d
        return propel_metadata_response

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
