from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_expo_project_request_sync_profile_mode import (
    CreateExpoProjectRequestSyncProfileMode,
    check_create_expo_project_request_sync_profile_mode,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateExpoProjectRequest")


@_attrs_define
class CreateExpoProjectRequest:
    """Request to create a new Expo project configuration.

    Attributes:
        project_id (str): Expo project ID (EAS project UUID)
        project_name (None | str | Unset): Display name for the project
        auto_sync_enabled (bool | Unset): Enable automatic build sync via webhook Default: False.
        android_app_id (None | str | Unset): Revyl app ID for Android builds
        ios_app_id (None | str | Unset): Revyl app ID for iOS builds
        sync_profile_mode (CreateExpoProjectRequestSyncProfileMode | Unset): Controls which EAS build profiles auto-
            sync. 'all' imports every eligible profile; 'allowlist' imports only synced_profiles. Default: 'all'.
        synced_profiles (list[str] | None | Unset): EAS build profiles to auto-sync when sync_profile_mode is
            'allowlist'.
    """

    project_id: str
    project_name: None | str | Unset = UNSET
    auto_sync_enabled: bool | Unset = False
    android_app_id: None | str | Unset = UNSET
    ios_app_id: None | str | Unset = UNSET
    sync_profile_mode: CreateExpoProjectRequestSyncProfileMode | Unset = "all"
    synced_profiles: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        project_id = self.project_id

        project_name: None | str | Unset
        if isinstance(self.project_name, Unset):
            project_name = UNSET
        else:
            project_name = self.project_name

        auto_sync_enabled = self.auto_sync_enabled

        android_app_id: None | str | Unset
        if isinstance(self.android_app_id, Unset):
            android_app_id = UNSET
        else:
            android_app_id = self.android_app_id

        ios_app_id: None | str | Unset
        if isinstance(self.ios_app_id, Unset):
            ios_app_id = UNSET
        else:
            ios_app_id = self.ios_app_id

        sync_profile_mode: str | Unset = UNSET
        if not isinstance(self.sync_profile_mode, Unset):
            sync_profile_mode = self.sync_profile_mode

        synced_profiles: list[str] | None | Unset
        if isinstance(self.synced_profiles, Unset):
            synced_profiles = UNSET
        elif isinstance(self.synced_profiles, list):
            synced_profiles = self.synced_profiles

        else:
            synced_profiles = self.synced_profiles

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "project_id": project_id,
            }
        )
        if project_name is not UNSET:
            field_dict["project_name"] = project_name
        if auto_sync_enabled is not UNSET:
            field_dict["auto_sync_enabled"] = auto_sync_enabled
        if android_app_id is not UNSET:
            field_dict["android_app_id"] = android_app_id
        if ios_app_id is not UNSET:
            field_dict["ios_app_id"] = ios_app_id
        if sync_profile_mode is not UNSET:
            field_dict["sync_profile_mode"] = sync_profile_mode
        if synced_profiles is not UNSET:
            field_dict["synced_profiles"] = synced_profiles

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        project_id = d.pop("project_id")

        def _parse_project_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        project_name = _parse_project_name(d.pop("project_name", UNSET))

        auto_sync_enabled = d.pop("auto_sync_enabled", UNSET)

        def _parse_android_app_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        android_app_id = _parse_android_app_id(d.pop("android_app_id", UNSET))

        def _parse_ios_app_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ios_app_id = _parse_ios_app_id(d.pop("ios_app_id", UNSET))

        _sync_profile_mode = d.pop("sync_profile_mode", UNSET)
        sync_profile_mode: CreateExpoProjectRequestSyncProfileMode | Unset
        if isinstance(_sync_profile_mode, Unset):
            sync_profile_mode = UNSET
        else:
            sync_profile_mode = check_create_expo_project_request_sync_profile_mode(_sync_profile_mode)

        def _parse_synced_profiles(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                synced_profiles_type_0 = cast(list[str], data)

                return synced_profiles_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        synced_profiles = _parse_synced_profiles(d.pop("synced_profiles", UNSET))

        create_expo_project_request = cls(
            project_id=project_id,
            project_name=project_name,
            auto_sync_enabled=auto_sync_enabled,
            android_app_id=android_app_id,
            ios_app_id=ios_app_id,
            sync_profile_mode=sync_profile_mode,
            synced_profiles=synced_profiles,
        )

        create_expo_project_request.additional_properties = d
        return create_expo_project_request

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
