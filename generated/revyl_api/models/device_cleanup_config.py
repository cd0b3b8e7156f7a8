from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.cleanup_level import CleanupLevel, check_cleanup_level
from ..types import UNSET, Unset

T = TypeVar("T", bound="DeviceCleanupConfig")


@_attrs_define
class DeviceCleanupConfig:
    """Configuration for AVD cleanup between test runs.

    Controls what gets reset when resetting device state between tests
    while keeping the emulator running.

        Attributes:
            cleanup_level (CleanupLevel | Unset): Cleanup intensity level for AVD state reset between test runs.
            clear_app_data (bool | Unset): Clear app data and cache via pm clear Default: True.
            revoke_permissions (bool | Unset): Revoke runtime permissions granted during test Default: True.
            clear_downloads (bool | Unset): Clear /sdcard/Download folder Default: True.
            clear_shared_storage (bool | Unset): Clear Pictures, DCIM, Movies, Music, Documents folders Default: True.
            clear_clipboard (bool | Unset): Clear clipboard contents Default: True.
            clear_notifications (bool | Unset): Clear all pending notifications from previous test sessions Default: True.
            reset_system_ui (bool | Unset): Reset SystemUI state including wallpaper to defaults. Expensive (~2-3s). Auto-
                enabled for DEEP_CLEAN. Default: False.
            clear_recent_apps (bool | Unset): Clear recent apps list (requires root access, restarts framework). Expensive
                (~15-30s), broken on Play Store images. Auto-enabled for DEEP_CLEAN. Default: False.
            kill_background_apps (bool | Unset): Kill all background applications Default: True.
            clear_browser_data (bool | Unset): Clear browsing data (history, cookies, cache) from all browsers Default:
                True.
            uninstall_new_apps (bool | Unset): Uninstall apps that were installed during the test session Default: True.
            custom_paths_to_clear (list[str] | Unset): Additional paths to clear on device
    """

    cleanup_level: CleanupLevel | Unset = UNSET
    clear_app_data: bool | Unset = True
    revoke_permissions: bool | Unset = True
    clear_downloads: bool | Unset = True
    clear_shared_storage: bool | Unset = True
    clear_clipboard: bool | Unset = True
    clear_notifications: bool | Unset = True
    reset_system_ui: bool | Unset = False
    clear_recent_apps: bool | Unset = False
    kill_background_apps: bool | Unset = True
    clear_browser_data: bool | Unset = True
    uninstall_new_apps: bool | Unset = True
    custom_paths_to_clear: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cleanup_level: str | Unset = UNSET
        if not isinstance(self.cleanup_level, Unset):
            cleanup_level = self.cleanup_level

        clear_app_data = self.clear_app_data

        revoke_permissions = self.revoke_permissions

        clear_downloads = self.clear_downloads

        clear_shared_storage = self.clear_shared_storage

        clear_clipboard = self.clear_clipboard

        clear_notifications = self.clear_notifications

        reset_system_ui = self.reset_system_ui

        clear_recent_apps = self.clear_recent_apps

        kill_background_apps = self.kill_background_apps

        clear_browser_data = self.clear_browser_data

        uninstall_new_apps = self.uninstall_new_apps

        custom_paths_to_clear: list[str] | Unset = UNSET
        if not isinstance(self.custom_paths_to_clear, Unset):
            custom_paths_to_clear = self.custom_paths_to_clear

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cleanup_level is not UNSET:
            field_dict["cleanup_level"] = cleanup_level
        if clear_app_data is not UNSET:
            field_dict["clear_app_data"] = clear_app_data
        if revoke_permissions is not UNSET:
            field_dict["revoke_permissions"] = revoke_permissions
        if clear_downloads is not UNSET:
            field_dict["clear_downloads"] = clear_downloads
        if clear_shared_storage is not UNSET:
            field_dict["clear_shared_storage"] = clear_shared_storage
        if clear_clipboard is not UNSET:
            field_dict["clear_clipboard"] = clear_clipboard
        if clear_notifications is not UNSET:
            field_dict["clear_notifications"] = clear_notifications
        if reset_system_ui is not UNSET:
            field_dict["reset_system_ui"] = reset_system_ui
        if clear_recent_apps is not UNSET:
            field_dict["clear_recent_apps"] = clear_recent_apps
        if kill_background_apps is not UNSET:
            field_dict["kill_background_apps"] = kill_background_apps
        if clear_browser_data is not UNSET:
            field_dict["clear_browser_data"] = clear_browser_data
        if uninstall_new_apps is not UNSET:
            field_dict["uninstall_new_apps"] = uninstall_new_apps
        if custom_paths_to_clear is not UNSET:
            field_dict["custom_paths_to_clear"] = custom_paths_to_clear

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _cleanup_level = d.pop("cleanup_level", UNSET)
        cleanup_level: CleanupLevel | Unset
        if isinstance(_cleanup_level, Unset):
            cleanup_level = UNSET
        else:
            cleanup_level = check_cleanup_level(_cleanup_level)

        clear_app_data = d.pop("clear_app_data", UNSET)

        revoke_permissions = d.pop("revoke_permissions", UNSET)

        clear_downloads = d.pop("clear_downloads", UNSET)

        clear_shared_storage = d.pop("clear_shared_storage", UNSET)

        clear_clipboard = d.pop("clear_clipboard", UNSET)

        clear_notifications = d.pop("clear_notifications", UNSET)

        reset_system_ui = d.pop("reset_system_ui", UNSET)

        clear_recent_apps = d.pop("clear_recent_apps", UNSET)

        kill_background_apps = d.pop("kill_background_apps", UNSET)

        clear_browser_data = d.pop("clear_browser_data", UNSET)

        uninstall_new_apps = d.pop("uninstall_new_apps", UNSET)

        custom_paths_to_clear = cast(list[str], d.pop("custom_paths_to_clear", UNSET))

        device_cleanup_config = cls(
            cleanup_level=cleanup_level,
            clear_app_data=clear_app_data,
            revoke_permissions=revoke_permissions,
            clear_downloads=clear_downloads,
            clear_shared_storage=clear_shared_storage,
            clear_clipboard=clear_clipboard,
            clear_notifications=clear_notifications,
            reset_system_ui=reset_system_ui,
            clear_recent_apps=clear_recent_apps,
            kill_background_apps=kill_background_apps,
            clear_browser_data=clear_browser_data,
            uninstall_new_apps=uninstall_new_apps,
            custom_paths_to_clear=custom_paths_to_clear,
        )

        device_cleanup_config.additional_properties = d
        return device_cleanup_config

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
