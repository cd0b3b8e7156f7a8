from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VideoMetadataStepV3")


@_attrs_define
class VideoMetadataStepV3:
    """Lightweight step data for video timeline.

    Attributes:
        index (int):
        step_type (str):
        description (None | str | Unset):
        video_timestamp_start (float | None | Unset):
        video_timestamp_end (float | None | Unset):
    """

    index: int
    step_type: str
    description: None | str | Unset = UNSET
    video_timestamp_start: float | None | Unset = UNSET
    video_timestamp_end: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        index = self.index

        step_type = self.step_type

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        video_timestamp_start: float | None | Unset
        if isinstance(self.video_timestamp_start, Unset):
            video_timestamp_start = UNSET
        else:
            video_timestamp_start = self.video_timestamp_start

        video_timestamp_end: float | None | Unset
        if isinstance(self.video_timestamp_end, Unset):
            video_timestamp_end = UNSET
        else:
            video_timestamp_end = self.video_timestamp_end

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "index": index,
                "step_type": step_type,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if video_timestamp_start is not UNSET:
            field_dict["video_timestamp_start"] = video_timestamp_start
        if video_timestamp_end is not UNSET:
            field_dict["video_timestamp_end"] = video_timestamp_end

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        index = d.pop("index")

        step_type = d.pop("step_type")

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_video_timestamp_start(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        video_timestamp_start = _parse_video_timestamp_start(d.pop("video_timestamp_start", UNSET))

        def _parse_video_timestamp_end(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        video_timestamp_end = _parse_video_timestamp_end(d.pop("video_timestamp_end", UNSET))

        video_metadata_step_v3 = cls(
            index=index,
            step_type=step_type,
            description=description,
            video_timestamp_start=video_timestamp_start,
            video_timestamp_end=video_timestamp_end,
        )

        video_metadata_step_v3.additional_properties = d
        return video_metadata_step_v3

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
