from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AppResponse")


@_attrs_define
class AppResponse:
    """Response model for an app.

    Attributes:
        id (None | Unset | UUID):
        org_id (None | Unset | UUID):
        name (None | str | Unset):
        platform (None | str | Unset):
        static_url (None | str | Unset):
        current_version (None | str | Unset):
        description (None | str | Unset):
        system_prompt (None | str | Unset):
        created_at (datetime.datetime | None | Unset):
        latest_version (None | str | Unset):
        versions_count (int | None | Unset):  Default: 0.
        latest_build_id (None | Unset | UUID):
        current_build_id (None | Unset | UUID):
        attached_tests (int | None | Unset):  Default: 0.
        pinned_tests (int | None | Unset):  Default: 0.
        recent_executions (int | None | Unset):  Default: 0.
        rolling_pass_rate (float | None | Unset):
        attribution_ready (bool | None | Unset):  Default: False.
        expo_synced (bool | None | Unset):  Default: False.
        builds_count (int | None | Unset):
    """

    id: None | Unset | UUID = UNSET
    org_id: None | Unset | UUID = UNSET
    name: None | str | Unset = UNSET
    platform: None | str | Unset = UNSET
    static_url: None | str | Unset = UNSET
    current_version: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    system_prompt: None | str | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    latest_version: None | str | Unset = UNSET
    versions_count: int | None | Unset = 0
    latest_build_id: None | Unset | UUID = UNSET
    current_build_id: None | Unset | UUID = UNSET
    attached_tests: int | None | Unset = 0
    pinned_tests: int | None | Unset = 0
    recent_executions: int | None | Unset = 0
    rolling_pass_rate: float | None | Unset = UNSET
    attribution_ready: bool | None | Unset = False
    expo_synced: bool | None | Unset = False
    builds_count: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        elif isinstance(self.id, UUID):
            id = str(self.id)
        else:
            id = self.id

        org_id: None | str | Unset
        if isinstance(self.org_id, Unset):
            org_id = UNSET
        elif isinstance(self.org_id, UUID):
            org_id = str(self.org_id)
        else:
            org_id = self.org_id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        platform: None | str | Unset
        if isinstance(self.platform, Unset):
            platform = UNSET
        else:
            platform = self.platform

        static_url: None | str | Unset
        if isinstance(self.static_url, Unset):
            static_url = UNSET
        else:
            static_url = self.static_url

        current_version: None | str | Unset
        if isinstance(self.current_version, Unset):
            current_version = UNSET
        else:
            current_version = self.current_version

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        system_prompt: None | str | Unset
        if isinstance(self.system_prompt, Unset):
            system_prompt = UNSET
        else:
            system_prompt = self.system_prompt

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        latest_version: None | str | Unset
        if isinstance(self.latest_version, Unset):
            latest_version = UNSET
        else:
            latest_version = self.latest_version

        versions_count: int | None | Unset
        if isinstance(self.versions_count, Unset):
            versions_count = UNSET
        else:
            versions_count = self.versions_count

        latest_build_id: None | str | Unset
        if isinstance(self.latest_build_id, Unset):
            latest_build_id = UNSET
        elif isinstance(self.latest_build_id, UUID):
            latest_build_id = str(self.latest_build_id)
        else:
            latest_build_id = self.latest_build_id

        current_build_id: None | str | Unset
        if isinstance(self.current_build_id, Unset):
            current_build_id = UNSET
        elif isinstance(self.current_build_id, UUID):
            current_build_id = str(self.current_build_id)
        else:
            current_build_id = self.current_build_id

        attached_tests: int | None | Unset
        if isinstance(self.attached_tests, Unset):
            attached_tests = UNSET
        else:
            attached_tests = self.attached_tests

        pinned_tests: int | None | Unset
        if isinstance(self.pinned_tests, Unset):
            pinned_tests = UNSET
        else:
            pinned_tests = self.pinned_tests

        recent_executions: int | None | Unset
        if isinstance(self.recent_executions, Unset):
            recent_executions = UNSET
        else:
            recent_executions = self.recent_executions

        rolling_pass_rate: float | None | Unset
        if isinstance(self.rolling_pass_rate, Unset):
            rolling_pass_rate = UNSET
        else:
            rolling_pass_rate = self.rolling_pass_rate

        attribution_ready: bool | None | Unset
        if isinstance(self.attribution_ready, Unset):
            attribution_ready = UNSET
        else:
            attribution_ready = self.attribution_ready

        expo_synced: bool | None | Unset
        if isinstance(self.expo_synced, Unset):
            expo_synced = UNSET
        else:
            expo_synced = self.expo_synced

        builds_count: int | None | Unset
        if isinstance(self.builds_count, Unset):
            builds_count = UNSET
        else:
            builds_count = self.builds_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if org_id is not UNSET:
            field_dict["org_id"] = org_id
        if name is not UNSET:
            field_dict["name"] = name
        if platform is not UNSET:
            field_dict["platform"] = platform
        if static_url is not UNSET:
            field_dict["static_url"] = static_url
        if current_version is not UNSET:
            field_dict["current_version"] = current_version
        if description is not UNSET:
            field_dict["description"] = description
        if system_prompt is not UNSET:
            field_dict["system_prompt"] = system_prompt
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if latest_version is not UNSET:
            field_dict["latest_version"] = latest_version
        if versions_count is not UNSET:
            field_dict["versions_count"] = versions_count
        if latest_build_id is not UNSET:
            field_dict["latest_build_id"] = latest_build_id
        if current_build_id is not UNSET:
            field_dict["current_build_id"] = current_build_id
        if attached_tests is not UNSET:
            field_dict["attached_tests"] = attached_tests
        if pinned_tests is not UNSET:
            field_dict["pinned_tests"] = pinned_tests
        if recent_executions is not UNSET:
            field_dict["recent_executions"] = recent_executions
        if rolling_pass_rate is not UNSET:
            field_dict["rolling_pass_rate"] = rolling_pass_rate
        if attribution_ready is not UNSET:
            field_dict["attribution_ready"] = attribution_ready
        if expo_synced is not UNSET:
            field_dict["expo_synced"] = expo_synced
        if builds_count is not UNSET:
            field_dict["builds_count"] = builds_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                id_type_0 = UUID(data)

                return id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_org_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                org_id_type_0 = UUID(data)

                return org_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        org_id = _parse_org_id(d.pop("org_id", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_platform(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        platform = _parse_platform(d.pop("platform", UNSET))

        def _parse_static_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        static_url = _parse_static_url(d.pop("static_url", UNSET))

        def _parse_current_version(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        current_version = _parse_current_version(d.pop("current_version", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_system_prompt(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        system_prompt = _parse_system_prompt(d.pop("system_prompt", UNSET))

        def _parse_created_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_at_type_0 = datetime.datetime.fromisoformat(data)

                return created_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        def _parse_latest_version(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        latest_version = _parse_latest_version(d.pop("latest_version", UNSET))

        def _parse_versions_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        versions_count = _parse_versions_count(d.pop("versions_count", UNSET))

        def _parse_latest_build_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                latest_build_id_type_0 = UUID(data)

                return latest_build_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        latest_build_id = _parse_latest_build_id(d.pop("latest_build_id", UNSET))

        def _parse_current_build_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                current_build_id_type_0 = UUID(data)

                return current_build_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        current_build_id = _parse_current_build_id(d.pop("current_build_id", UNSET))

        def _parse_attached_tests(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        attached_tests = _parse_attached_tests(d.pop("attached_tests", UNSET))

        def _parse_pinned_tests(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        pinned_tests = _parse_pinned_tests(d.pop("pinned_tests", UNSET))

        def _parse_recent_executions(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        recent_executions = _parse_recent_executions(d.pop("recent_executions", UNSET))

        def _parse_rolling_pass_rate(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        rolling_pass_rate = _parse_rolling_pass_rate(d.pop("rolling_pass_rate", UNSET))

        def _parse_attribution_ready(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        attribution_ready = _parse_attribution_ready(d.pop("attribution_ready", UNSET))

        def _parse_expo_synced(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        expo_synced = _parse_expo_synced(d.pop("expo_synced", UNSET))

        def _parse_builds_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        builds_count = _parse_builds_count(d.pop("builds_count", UNSET))

        app_response = cls(
            id=id,
            org_id=org_id,
            name=name,
            platform=platform,
            static_url=static_url,
            current_version=current_version,
            description=description,
            system_prompt=system_prompt,
            created_at=created_at,
            latest_version=latest_version,
            versions_count=versions_count,
            latest_build_id=latest_build_id,
            current_build_id=current_build_id,
            attached_tests=attached_tests,
            pinned_tests=pinned_tests,
            recent_executions=recent_executions,
            rolling_pass_rate=rolling_pass_rate,
            attribution_ready=attribution_ready,
            expo_synced=expo_synced,
            builds_count=builds_count,
        )

        app_response.additional_properties = d
        return app_response

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
