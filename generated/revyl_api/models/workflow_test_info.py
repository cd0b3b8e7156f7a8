from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkflowTestInfo")


@_attrs_define
class WorkflowTestInfo:
    """Test information for workflow detail view.

    Attributes:
        id (str): Test ID
        name (str): Test name
        platform (str): Test platform
        last_status (None | str | Unset): Last execution status
        last_execution_time (None | str | Unset): Last execution timestamp
        last_duration (float | None | Unset): Last execution duration
    """

    id: str
    name: str
    platform: str
    last_status: None | str | Unset = UNSET
    last_execution_time: None | str | Unset = UNSET
    last_duration: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        platform = self.platform

        last_status: None | str | Unset
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        platform = d.pop("platform")

        def _parse_last_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

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

        workflow_test_info = cls(
            id=id,
            name=name,
            platform=platform,
            last_status=last_status,
            last_execution_time=last_execution_time,
            last_duration=last_duration,
        )

        workflow_test_info.additional_properties = d
        return workflow_test_info

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
