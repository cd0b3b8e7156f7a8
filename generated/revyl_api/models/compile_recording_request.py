from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.compile_source_type import CompileSourceType, check_compile_source_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="CompileRecordingRequest")


@_attrs_define
class CompileRecordingRequest:
    """Request body for POST /recordings/compile.

    Attributes:
        source_type (CompileSourceType): How the compile was triggered.
        source_id (str): session_id or report_id depending on source_type
        interval_start (int | None | Unset): Start action index (inclusive)
        interval_end (int | None | Unset): End action index (inclusive)
        user_feedback (None | str | Unset): Optional user instructions for how to adjust compilation (e.g. 'more
            validations', 'less verbose')
        interval_start_time (float | None | Unset): Start time in seconds from recording start
        interval_end_time (float | None | Unset): End time in seconds from recording start
    """

    source_type: CompileSourceType
    source_id: str
    interval_start: int | None | Unset = UNSET
    interval_end: int | None | Unset = UNSET
    user_feedback: None | str | Unset = UNSET
    interval_start_time: float | None | Unset = UNSET
    interval_end_time: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        source_type: str = self.source_type

        source_id = self.source_id

        interval_start: int | None | Unset
        if isinstance(self.interval_start, Unset):
            interval_start = UNSET
        else:
            interval_start = self.interval_start

        interval_end: int | None | Unset
        if isinstance(self.interval_end, Unset):
            interval_end = UNSET
        else:
            interval_end = self.interval_end

        user_feedback: None | str | Unset
        if isinstance(self.user_feedback, Unset):
            user_feedback = UNSET
        else:
            user_feedback = self.user_feedback

        interval_start_time: float | None | Unset
        if isinstance(self.interval_start_time, Unset):
            interval_start_time = UNSET
        else:
            interval_start_time = self.interval_start_time

        interval_end_time: float | None | Unset
        if isinstance(self.interval_end_time, Unset):
            interval_end_time = UNSET
        else:
            interval_end_time = self.interval_end_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "source_type": source_type,
                "source_id": source_id,
            }
        )
        if interval_start is not UNSET:
            field_dict["interval_start"] = interval_start
        if interval_end is not UNSET:
            field_dict["interval_end"] = interval_end
        if user_feedback is not UNSET:
            field_dict["user_feedback"] = user_feedback
        if interval_start_time is not UNSET:
            field_dict["interval_start_time"] = interval_start_time
        if interval_end_time is not UNSET:
            field_dict["interval_end_time"] = interval_end_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        source_type = check_compile_source_type(d.pop("source_type"))

        source_id = d.pop("source_id")

        def _parse_interval_start(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        interval_start = _parse_interval_start(d.pop("interval_start", UNSET))

        def _parse_interval_end(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        interval_end = _parse_interval_end(d.pop("interval_end", UNSET))

        def _parse_user_feedback(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        user_feedback = _parse_user_feedback(d.pop("user_feedback", UNSET))

        def _parse_interval_start_time(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        interval_start_time = _parse_interval_start_time(d.pop("interval_start_time", UNSET))

        def _parse_interval_end_time(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        interval_end_time = _parse_interval_end_time(d.pop("interval_end_time", UNSET))

        compile_recording_request = cls(
            source_type=source_type,
            source_id=source_id,
            interval_start=interval_start,
            interval_end=interval_end,
            user_feedback=user_feedback,
            interval_start_time=interval_start_time,
            interval_end_time=interval_end_time,
        )

        compile_recording_request.additional_properties = d
        return compile_recording_request

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
