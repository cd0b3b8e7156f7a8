from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BuildCoverageItem")


@_attrs_define
class BuildCoverageItem:
    """
    Attributes:
        test_id (str):
        test_name (str):
        pinned_version (None | str | Unset):
        last_status (None | str | Unset):
        last_execution_time (datetime.datetime | None | Unset):
        last_execution_id (None | str | Unset):
        last_duration_seconds (float | None | Unset):
    """

    test_id: str
    test_name: str
    pinned_version: None | str | Unset = UNSET
    last_status: None | str | Unset = UNSET
    last_execution_time: datetime.datetime | None | Unset = UNSET
    last_execution_id: None | str | Unset = UNSET
    last_duration_seconds: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        test_id = self.test_id

        test_name = self.test_name

        pinned_version: None | str | Unset
        if isinstance(self.pinned_version, Unset):
            pinned_version = UNSET
        else:
            pinned_version = self.pinned_version

        last_status: None | str | Unset
        if isinstance(self.last_status, Unset):
            last_status = UNSET
        else:
            last_status = self.last_status

        last_execution_time: None | str | Unset
        if isinstance(self.last_execution_time, Unset):
            last_execution_time = UNSET
        elif isinstance(self.last_execution_time, datetime.datetime):
            last_execution_time = self.last_execution_time.isoformat()
        else:
            last_execution_time = self.last_execution_time

        last_execution_id: None | str | Unset
        if isinstance(self.last_execution_id, Unset):
            last_execution_id = UNSET
        else:
            last_execution_id = self.last_execution_id

        last_duration_seconds: float | None | Unset
        if isinstance(self.last_duration_seconds, Unset):
            last_duration_seconds = UNSET
        else:
            last_duration_seconds = self.last_duration_seconds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "test_id": test_id,
                "test_name": test_name,
            }
        )
        if pinned_version is not UNSET:
            field_dict["pinned_version"] = pinned_version
        if last_status is not UNSET:
            field_dict["last_status"] = last_status
        if last_execution_time is not UNSET:
            field_dict["last_execution_time"] = last_execution_time
        if last_execution_id is not UNSET:
            field_dict["last_execution_id"] = last_execution_id
        if last_duration_seconds is not UNSET:
            field_dict["last_duration_seconds"] = last_duration_seconds

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        test_id = d.pop("test_id")

        test_name = d.pop("test_name")

        def _parse_pinned_version(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        pinned_version = _parse_pinned_version(d.pop("pinned_version", UNSET))

        def _parse_last_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_status = _parse_last_status(d.pop("last_status", UNSET))

        def _parse_last_execution_time(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_execution_time_type_0 = datetime.datetime.fromisoformat(data)

                return last_execution_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        last_execution_time = _parse_last_execution_time(d.pop("last_execution_time", UNSET))

        def _parse_last_execution_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_execution_id = _parse_last_execution_id(d.pop("last_execution_id", UNSET))

        def _parse_last_duration_seconds(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        last_duration_seconds = _parse_last_duration_seconds(d.pop("last_duration_seconds", UNSET))

        build_coverage_item = cls(
            test_id=test_id,
            test_name=test_name,
            pinned_version=pinned_version,
            last_status=last_status,
            last_execution_time=last_execution_time,
            last_execution_id=last_execution_id,
            last_duration_seconds=last_duration_seconds,
        )

        build_coverage_item.additional_properties = d
        return build_coverage_item

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
