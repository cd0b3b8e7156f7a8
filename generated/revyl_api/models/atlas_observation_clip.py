from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AtlasObservationClip")


@_attrs_define
class AtlasObservationClip:
    """Presigned run video + capture timestamp for a single screenshot.

    Powers the lazy "animate" overlay on the screen-detail screenshot: the
    player loops a short window (~1s either side of `screenshot_timestamp`) so
    designers can see the motion that produced the captured frame.

        Attributes:
            observation_id (str):
            report_id (None | str | Unset):
            video_url (None | str | Unset):
            video_duration (float | None | Unset):
            screenshot_role (None | str | Unset):
            video_timestamp_start (float | None | Unset):
            video_timestamp_end (float | None | Unset):
            screenshot_timestamp (float | None | Unset):
            clip_start (float | None | Unset):
            clip_end (float | None | Unset):
    """

    observation_id: str
    report_id: None | str | Unset = UNSET
    video_url: None | str | Unset = UNSET
    video_duration: float | None | Unset = UNSET
    screenshot_role: None | str | Unset = UNSET
    video_timestamp_start: float | None | Unset = UNSET
    video_timestamp_end: float | None | Unset = UNSET
    screenshot_timestamp: float | None | Unset = UNSET
    clip_start: float | None | Unset = UNSET
    clip_end: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        observation_id = self.observation_id

        report_id: None | str | Unset
        if isinstance(self.report_id, Unset):
            report_id = UNSET
        else:
            report_id = self.report_id

        video_url: None | str | Unset
        if isinstance(self.video_url, Unset):
            video_url = UNSET
        else:
            video_url = self.video_url

        video_duration: float | None | Unset
        if isinstance(self.video_duration, Unset):
            video_duration = UNSET
        else:
            video_duration = self.video_duration

        screenshot_role: None | str | Unset
        if isinstance(self.screenshot_role, Unset):
            screenshot_role = UNSET
        else:
            screenshot_role = self.screenshot_role

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

        screenshot_timestamp: float | None | Unset
        if isinstance(self.screenshot_timestamp, Unset):
            screenshot_timestamp = UNSET
        else:
            screenshot_timestamp = self.screenshot_timestamp

        clip_start: float | None | Unset
        if isinstance(self.clip_start, Unset):
            clip_start = UNSET
        else:
            clip_start = self.clip_start

        clip_end: float | None | Unset
        if isinstance(self.clip_end, Unset):
            clip_end = UNSET
        else:
            clip_end = self.clip_end

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "observation_id": observation_id,
            }
        )
        if report_id is not UNSET:
            field_dict["report_id"] = report_id
        if video_url is not UNSET:
            field_dict["video_url"] = video_url
        if video_duration is not UNSET:
            field_dict["video_duration"] = video_duration
        if screenshot_role is not UNSET:
            field_dict["screenshot_role"] = screenshot_role
        if video_timestamp_start is not UNSET:
            field_dict["video_timestamp_start"] = video_timestamp_start
        if video_timestamp_end is not UNSET:
            field_dict["video_timestamp_end"] = video_timestamp_end
        if screenshot_timestamp is not UNSET:
            field_dict["screenshot_timestamp"] = screenshot_timestamp
        if clip_start is not UNSET:
            field_dict["clip_start"] = clip_start
        if clip_end is not UNSET:
            field_dict["clip_end"] = clip_end

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        observation_id = d.pop("observation_id")

        def _parse_report_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        report_id = _parse_report_id(d.pop("report_id", UNSET))

        def _parse_video_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        video_url = _parse_video_url(d.pop("video_url", UNSET))

        def _parse_video_duration(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        video_duration = _parse_video_duration(d.pop("video_duration", UNSET))

        def _parse_screenshot_role(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        screenshot_role = _parse_screenshot_role(d.pop("screenshot_role", UNSET))

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

        def _parse_screenshot_timestamp(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        screenshot_timestamp = _parse_screenshot_timestamp(d.pop("screenshot_timestamp", UNSET))

        def _parse_clip_start(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        clip_start = _parse_clip_start(d.pop("clip_start", UNSET))

        def _parse_clip_end(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        clip_end = _parse_clip_end(d.pop("clip_end", UNSET))

        atlas_observation_clip = cls(
            observation_id=observation_id,
            report_id=report_id,
            video_url=video_url,
            video_duration=video_duration,
            screenshot_role=screenshot_role,
            video_timestamp_start=video_timestamp_start,
            video_timestamp_end=video_timestamp_end,
            screenshot_timestamp=screenshot_timestamp,
            clip_start=clip_start,
            clip_end=clip_end,
        )

        atlas_observation_clip.additional_properties = d
        return atlas_observation_clip

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
