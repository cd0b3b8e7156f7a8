from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PlatformApp")


@_attrs_define
class PlatformApp:
    """App configuration for a single platform.

    Used to specify an app override for iOS or Android in workflow configurations.

    Attributes:
        app_id: UUID of the app to use.
        pinned_version: Optional specific version to pin to. If None, uses current/latest.

        Attributes:
            app_id (UUID): App UUID
            pinned_version (None | str | Unset): Optional pinned version string
    """

    app_id: UUID
    pinned_version: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        app_id = str(self.app_id)

        pinned_version: None | str | Unset
        if isinstance(self.pinned_version, Unset):
            pinned_version = UNSET
        else:
            pinned_version = self.pinned_version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "app_id": app_id,
            }
        )
        if pinned_version is not UNSET:
            field_dict["pinned_version"] = pinned_version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        app_id = UUID(d.pop("app_id"))

        def _parse_pinned_version(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        pinned_version = _parse_pinned_version(d.pop("pinned_version", UNSET))

        platform_app = cls(
            app_id=app_id,
            pinned_version=pinned_version,
        )

        platform_app.additional_properties = d
        return platform_app

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
