from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.expo_project_db_response_sync_profile_mode import (
    ExpoProjectDbResponseSyncProfileMode,
    check_expo_project_db_response_sync_profile_mode,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ExpoProjectDbResponse")


@_attrs_define
class ExpoProjectDbResponse:
    """Response model for an Expo project configuration row.

    Attributes:
        id (str):
        org_id (str):
        project_id (str):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        project_name (None | str | Unset):
        expo_project_name (None | str | Unset):
        expo_project_slug (None | str | Unset):
        expo_account_name (None | str | Unset):
        expo_project_url (None | str | Unset):
        expo_project_resolved_at (datetime.datetime | None | Unset):
        auto_sync_enabled (bool | Unset):  Default: False.
        android_app_id (None | str | Unset):
        ios_app_id (None | str | Unset):
        sync_profile_mode (ExpoProjectDbResponseSyncProfileMode | str | Unset):  Default: 'all'.
        synced_profiles (list[str] | None | Unset):
    """

    id: str
    org_id: str
    project_id: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    project_name: None | str | Unset = UNSET
    expo_project_name: None | str | Unset = UNSET
    expo_project_slug: None | str | Unset = UNSET
    expo_account_name: None | str | Unset = UNSET
    expo_project_url: None | str | Unset = UNSET
    expo_project_resolved_at: datetime.datetime | None | Unset = UNSET
    auto_sync_enabled: bool | Unset = False
    android_app_id: None | str | Unset = UNSET
    ios_app_id: None | str | Unset = UNSET
    sync_profile_mode: ExpoProjectDbResponseSyncProfileMode | str | Unset = "all"
    synced_profiles: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        org_id = self.org_id

        project_id = self.project_id

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        project_name: None | str | Unset
        if isinstance(self.project_name, Unset):
            project_name = UNSET
        else:
            project_name = self.project_name

        expo_project_name: None | str | Unset
        if isinstance(self.expo_project_name, Unset):
            expo_project_name = UNSET
        else:
            expo_project_name = self.expo_project_name

        expo_project_slug: None | str | Unset
        if isinstance(self.expo_project_slug, Unset):
            expo_project_slug = UNSET
        else:
            expo_project_slug = self.expo_project_slug

        expo_account_name: None | str | Unset
        if isinstance(self.expo_account_name, Unset):
            expo_account_name = UNSET
        else:
            expo_account_name = self.expo_account_name

        expo_project_url: None | str | Unset
        if isinstance(self.expo_project_url, Unset):
            expo_project_url = UNSET
        else:
            expo_project_url = self.expo_project_url

        expo_project_resolved_at: None | str | Unset
        if isinstance(self.expo_project_resolved_at, Unset):
            expo_project_resolved_at = UNSET
        elif isinstance(self.expo_project_resolved_at, datetime.datetime):
            expo_project_resolved_at = self.expo_project_resolved_at.isoformat()
        else:
            expo_project_resolved_at = self.expo_project_resolved_at

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

        sync_profile_mode: str | Unset
        if isinstance(self.sync_profile_mode, Unset):
            sync_profile_mode = UNSET
        elif isinstance(self.sync_profile_mode, str):
            sync_profile_mode = self.sync_profile_mode
        else:
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
                "id": id,
                "org_id": org_id,
                "project_id": project_id,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if project_name is not UNSET:
            field_dict["project_name"] = project_name
        if expo_project_name is not UNSET:
            field_dict["expo_project_name"] = expo_project_name
        if expo_project_slug is not UNSET:
            field_dict["expo_project_slug"] = expo_project_slug
        if expo_account_name is not UNSET:
            field_dict["expo_account_name"] = expo_account_name
        if expo_project_url is not UNSET:
            field_dict["expo_project_url"] = expo_project_url
        if expo_project_resolved_at is not UNSET:
            field_dict["expo_project_resolved_at"] = expo_project_resolved_at
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
        id = d.pop("id")

        org_id = d.pop("org_id")

        project_id = d.pop("project_id")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        def _parse_project_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        project_name = _parse_project_name(d.pop("project_name", UNSET))

        def _parse_expo_project_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        expo_project_name = _parse_expo_project_name(d.pop("expo_project_name", UNSET))

        def _parse_expo_project_slug(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        expo_project_slug = _parse_expo_project_slug(d.pop("expo_project_slug", UNSET))

        def _parse_expo_account_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        expo_account_name = _parse_expo_account_name(d.pop("expo_account_name", UNSET))

        def _parse_expo_project_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        expo_project_url = _parse_expo_project_url(d.pop("expo_project_url", UNSET))

        def _parse_expo_project_resolved_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                expo_project_resolved_at_type_0 = datetime.datetime.fromisoformat(data)

                return expo_project_resolved_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        expo_project_resolved_at = _parse_expo_project_resolved_at(d.pop("expo_project_resolved_at", UNSET))

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

        def _parse_sync_profile_mode(data: object) -> ExpoProjectDbResponseSyncProfileMode | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                sync_profile_mode_type_0 = check_expo_project_db_response_sync_profile_mode(data)

                return sync_profile_mode_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ExpoProjectDbResponseSyncProfileMode | str | Unset, data)

        sync_profile_mode = _parse_sync_profile_mode(d.pop("sync_profile_mode", UNSET))

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

        expo_project_db_response = cls(
            id=id,
            org_id=org_id,
            project_id=project_id,
            created_at=created_at,
            updated_at=updated_at,
            project_name=project_name,
            expo_project_name=expo_project_name,
            expo_project_slug=expo_project_slug,
            expo_account_name=expo_account_name,
            expo_project_url=expo_project_url,
            expo_project_resolved_at=expo_project_resolved_at,
            auto_sync_enabled=auto_sync_enabled,
            android_app_id=android_app_id,
            ios_app_id=ios_app_id,
            sync_profile_mode=sync_profile_mode,
            synced_profiles=synced_profiles,
        )

        expo_project_db_response.additional_properties = d
        return expo_project_db_response

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
