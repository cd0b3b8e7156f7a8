from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ManualTriggerRequest")


@_attrs_define
class ManualTriggerRequest:
    """
    Attributes:
        expo_build_url (str): URL to the Expo build artifact
        app_id (str): Revyl build variable ID to update
        version (None | str | Unset): Version string for the build (auto-generated if not provided)
    """

    expo_build_url: str
    app_id: str
    version: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        expo_build_url = self.expo_build_url

        app_id = self.app_id

        version: None | str | Unset
        if isinstance(self.version, Unset):
            version = UNSET
        else:
            version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "expo_build_url": expo_build_url,
                "app_id": app_id,
            }
        )
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        expo_build_url = d.pop("expo_build_url")

        app_id = d.pop("app_id")

        def _parse_version(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        version = _parse_version(d.pop("version", UNSET))

        manual_trigger_request = cls(
            expo_build_url=expo_build_url,
            app_id=app_id,
            version=version,
        )

        manual_trigger_request.additional_properties = d
        return manual_trigger_request

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
