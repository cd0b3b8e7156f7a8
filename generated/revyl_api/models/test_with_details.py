from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TestWithDetails")


@_attrs_define
class TestWithDetails:
    """Model representing a single test with its execution details.

    Example:
        {'id': 'test-123', 'last_duration': 45.5, 'last_execution_time': '2024-03-14T12:00:00Z', 'last_status': True,
            'latest_execution_id': 'exec-abc-123', 'link': 'https://example.com', 'name': 'Login Test', 'platform': 'ios',
            'recent_statuses': [True, True, False, True]}

    Attributes:
        id (UUID): Unique identifier of the test
        name (str): Name of the test
        platform (str): Platform the test runs on (ios, android)
        last_status (bool | None | Unset): Success status of the most recent execution
        last_execution_time (None | str | Unset): ISO timestamp of the most recent execution
        last_duration (float | None | Unset): Duration of the most recent execution in seconds
        recent_statuses (list[bool] | Unset): List of success statuses from recent executions
        link (None | str | Unset): URL or link associated with the test
        latest_execution_id (None | Unset | UUID): Execution ID of the most recent execution for deep-linking to report
            (was latest_task_id)
    """

    id: UUID
    name: str
    platform: str
    last_status: bool | None | Unset = UNSET
    last_execution_time: None | str | Unset = UNSET
    last_duration: float | None | Unset = UNSET
    recent_statuses: list[bool] | Unset = UNSET
    link: None | str | Unset = UNSET
    latest_execution_id: None | Unset | UUID = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        name = self.name

        platform = self.platform

        last_status: bool | None | Unset
        if isinstance(self.last_status, Unset):
            last_status = UNSET
        else:
            last_status = self.last_status

        last_execution_time: None | str | Unset
        if isinstance(self.last_execution_time, Unset):
            last_execution_time = UNSET
        else:
            last_execution_time = self.last_execution_time

        last_duration: float | None | Unset
        if isinstance(self.last_duration, Unset):
            last_duration = UNSET
        else:
            last_duration = self.last_duration

        recent_statuses: list[bool] | Unset = UNSET
        if not isinstance(self.recent_statuses, Unset):
            recent_statuses = self.recent_statuses

        link: None | str | Unset
        if isinstance(self.link, Unset):
            link = UNSET
        else:
            link = self.link

        latest_execution_id: None | str | Unset
        if isinstance(self.latest_execution_id, Unset):
            latest_execution_id = UNSET
        elif isinstance(self.latest_execution_id, UUID):
            latest_execution_id = str(self.latest_execution_id)
        else:
            latest_execution_id = self.latest_execution_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "platform": platform,
            }
        )
        if last_status is not UNSET:
            field_dict["last_status"] = last_status
        if last_execution_time is not UNSET:
            field_dict["last_execution_time"] = last_execution_time
        if last_duration is not UNSET:
            field_dict["last_duration"] = last_duration
        if recent_statuses is not UNSET:
            field_dict["recent_statuses"] = recent_statuses
        if link is not UNSET:
            field_dict["link"] = link
        if latest_execution_id is not UNSET:
            field_dict["latest_execution_id"] = latest_execution_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        name = d.pop("name")

        platform = d.pop("platform")

        def _parse_last_status(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        last_status = _parse_last_status(d.pop("last_status", UNSET))

        def _parse_last_execution_time(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_execution_time = _parse_last_execution_time(d.pop("last_execution_time", UNSET))

        def _parse_last_duration(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        last_duration = _parse_last_duration(d.pop("last_duration", UNSET))

        recent_statuses = cast(list[bool], d.pop("recent_statuses", UNSET))

        def _parse_link(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        link = _parse_link(d.pop("link", UNSET))

        def _parse_latest_execution_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                latest_execution_id_type_0 = UUID(data)

                return latest_execution_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        latest_execution_id = _parse_latest_execution_id(d.pop("latest_execution_id", UNSET))

        test_with_details = cls(
            id=id,
            name=name,
            platform=platform,
            last_status=last_status,
            last_execution_time=last_execution_time,
            last_duration=last_duration,
            recent_statuses=recent_statuses,
            link=link,
            latest_execution_id=latest_execution_id,
        )

        test_with_details.additional_properties = d
        return test_with_details

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
