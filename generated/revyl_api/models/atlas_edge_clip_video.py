from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AtlasEdgeClipVideo")


@_attrs_define
class AtlasEdgeClipVideo:
    """Presigned video for one run, used by the edge-clip player/run switcher.

    Attributes:
        report_id (str):
        video_url (None | str | Unset):
        video_duration (float | None | Unset):
    """

    report_id: str
    video_url: None | str | Unset = UNSET
    video_duration: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "report_id": report_id,
            }
        )
        if video_url is not UNSET:
            field_dict["video_url"] = video_url
        if video_duration is not UNSET:
            field_dict["video_duration"] = video_duration

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        report_id = d.pop("report_id")

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

        atlas_edge_clip_video = cls(
            report_id=report_id,
            video_url=video_url,
            video_duration=video_duration,
        )

        atlas_edge_clip_video.additional_properties = d
        return atlas_edge_clip_video

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
