from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RemoteBuildLogEvent")


@_attrs_define
class RemoteBuildLogEvent:
    """
    Attributes:
        id (str):
        message (str):
        ts (datetime.datetime | None | Unset):
        level (str | Unset):  Default: 'info'.
        step_index (int | None | Unset):
    """

    id: str
    message: str
    ts: datetime.datetime | None | Unset = UNSET
    level: str | Unset = "info"
    step_index: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        message = self.message

        ts: None | str | Unset
        if isinstance(self.ts, Unset):
            ts = UNSET
        elif isinstance(self.ts, datetime.datetime):
            ts = self.ts.isoformat()
        else:
            ts = self.ts

        level = self.level

        step_index: int | None | Unset
        if isinstance(self.step_index, Unset):
            step_index = UNSET
        else:
            step_index = self.step_index

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "message": message,
            }
        )
        if ts is not UNSET:
            field_dict["ts"] = ts
        if level is not UNSET:
            field_dict["level"] = level
        if step_index is not UNSET:
            field_dict["step_index"] = step_index

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        message = d.pop("message")

        def _parse_ts(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                ts_type_0 = datetime.datetime.fromisoformat(data)

                return ts_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        ts = _parse_ts(d.pop("ts", UNSET))

        level = d.pop("level", UNSET)

        def _parse_step_index(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        step_index = _parse_step_index(d.pop("step_index", UNSET))

        remote_build_log_event = cls(
            id=id,
            message=message,
            ts=ts,
            level=level,
            step_index=step_index,
        )

        remote_build_log_event.additional_properties = d
        return remote_build_log_event

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
