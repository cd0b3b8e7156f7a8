from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ScmPlatformProfile")


@_attrs_define
class ScmPlatformProfile:
    """
    Attributes:
        enabled (bool | Unset):  Default: False.
        workflow_ids (list[str] | Unset):
        launch_env_var_ids (list[UUID] | Unset):
        device_model (None | str | Unset):
        os_version (None | str | Unset):
        idle_timeout_seconds (int | None | Unset):
    """

    enabled: bool | Unset = False
    workflow_ids: list[str] | Unset = UNSET
    launch_env_var_ids: list[UUID] | Unset = UNSET
    device_model: None | str | Unset = UNSET
    os_version: None | str | Unset = UNSET
    idle_timeout_seconds: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enabled = self.enabled

        workflow_ids: list[str] | Unset = UNSET
        if not isinstance(self.workflow_ids, Unset):
            workflow_ids = self.workflow_ids

        launch_env_var_ids: list[str] | Unset = UNSET
        if not isinstance(self.launch_env_var_ids, Unset):
            launch_env_var_ids = []
            for launch_env_var_ids_item_data in self.launch_env_var_ids:
                launch_env_var_ids_item = str(launch_env_var_ids_item_data)
                launch_env_var_ids.append(launch_env_var_ids_item)

        device_model: None | str | Unset
        if isinstance(self.device_model, Unset):
            device_model = UNSET
        else:
            device_model = self.device_model

        os_version: None | str | Unset
        if isinstance(self.os_version, Unset):
            os_version = UNSET
        else:
            os_version = self.os_version

        idle_timeout_seconds: int | None | Unset
        if isinstance(self.idle_timeout_seconds, Unset):
            idle_timeout_seconds = UNSET
        else:
            idle_timeout_seconds = self.idle_timeout_seconds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if workflow_ids is not UNSET:
            field_dict["workflow_ids"] = workflow_ids
        if launch_env_var_ids is not UNSET:
            field_dict["launch_env_var_ids"] = launch_env_var_ids
        if device_model is not UNSET:
            field_dict["device_model"] = device_model
        if os_version is not UNSET:
            field_dict["os_version"] = os_version
        if idle_timeout_seconds is not UNSET:
            field_dict["idle_timeout_seconds"] = idle_timeout_seconds

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        enabled = d.pop("enabled", UNSET)

        workflow_ids = cast(list[str], d.pop("workflow_ids", UNSET))

        _launch_env_var_ids = d.pop("launch_env_var_ids", UNSET)
        launch_env_var_ids: list[UUID] | Unset = UNSET
        if _launch_env_var_ids is not UNSET:
            launch_env_var_ids = []
            for launch_env_var_ids_item_data in _launch_env_var_ids:
                launch_env_var_ids_item = UUID(launch_env_var_ids_item_data)

                launch_env_var_ids.append(launch_env_var_ids_item)

        def _parse_device_model(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        device_model = _parse_device_model(d.pop("device_model", UNSET))

        def _parse_os_version(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        os_version = _parse_os_version(d.pop("os_version", UNSET))

        def _parse_idle_timeout_seconds(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        idle_timeout_seconds = _parse_idle_timeout_seconds(d.pop("idle_timeout_seconds", UNSET))

        scm_platform_profile = cls(
            enabled=enabled,
            workflow_ids=workflow_ids,
            launch_env_var_ids=launch_env_var_ids,
            device_model=device_model,
            os_version=os_version,
            idle_timeout_seconds=idle_timeout_seconds,
        )

        scm_platform_profile.additional_properties = d
        return scm_platform_profile

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
