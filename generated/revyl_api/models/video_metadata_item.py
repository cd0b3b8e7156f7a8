from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.test_report_step_metadata import TestReportStepMetadata


T = TypeVar("T", bound="VideoMetadataItem")


@_attrs_define
class VideoMetadataItem:
    """Lightweight video + step metadata for a single task.

    Attributes:
        task_id (str):
        video_url (None | str | Unset):
        duration (float | None | Unset):
        video_duration (float | None | Unset):
        success (bool | None | Unset):
        steps (list[TestReportStepMetadata] | Unset):
        test_name (None | str | Unset):
        platform (None | str | Unset):
    """

    task_id: str
    video_url: None | str | Unset = UNSET
    duration: float | None | Unset = UNSET
    video_duration: float | None | Unset = UNSET
    success: bool | None | Unset = UNSET
    steps: list[TestReportStepMetadata] | Unset = UNSET
    test_name: None | str | Unset = UNSET
    platform: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        task_id = self.task_id

        video_url: None | str | Unset
        if isinstance(self.video_url, Unset):
            video_url = UNSET
        else:
            video_url = self.video_url

        duration: float | None | Unset
        if isinstance(self.duration, Unset):
            duration = UNSET
        else:
            duration = self.duration

        video_duration: float | None | Unset
        if isinstance(self.video_duration, Unset):
            video_duration = UNSET
        else:
            video_duration = self.video_duration

        success: bool | None | Unset
        if isinstance(self.success, Unset):
            success = UNSET
        else:
            success = self.success

        steps: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.steps, Unset):
            steps = []
            for steps_item_data in self.steps:
                steps_item = steps_item_data.to_dict()
                steps.append(steps_item)

        test_name: None | str | Unset
        if isinstance(self.test_name, Unset):
            test_name = UNSET
        else:
            test_name = self.test_name

        platform: None | str | Unset
        if isinstance(self.platform, Unset):
            platform = UNSET
        else:
            platform = self.platform

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "task_id": task_id,
            }
        )
        if video_url is not UNSET:
            field_dict["video_url"] = video_url
        if duration is not UNSET:
            field_dict["duration"] = duration
        if video_duration is not UNSET:
            field_dict["video_duration"] = video_duration
        if success is not UNSET:
            field_dict["success"] = success
        if steps is not UNSET:
            field_dict["steps"] = steps
        if test_name is not UNSET:
            field_dict["test_name"] = test_name
        if platform is not UNSET:
            field_dict["platform"] = platform

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.test_report_step_metadata import TestReportStepMetadata  # noqa: PLC0415

        d = dict(src_dict)
        task_id = d.pop("task_id")

        def _parse_video_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        video_url = _parse_video_url(d.pop("video_url", UNSET))

        def _parse_duration(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        duration = _parse_duration(d.pop("duration", UNSET))

        def _parse_video_duration(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        video_duration = _parse_video_duration(d.pop("video_duration", UNSET))

        def _parse_success(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        success = _parse_success(d.pop("success", UNSET))

        _steps = d.pop("steps", UNSET)
        steps: list[TestReportStepMetadata] | Unset = UNSET
        if _steps is not UNSET:
            steps = []
            for steps_item_data in _steps:
                steps_item = TestReportStepMetadata.from_dict(steps_item_data)

                steps.append(steps_item)

        def _parse_test_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        test_name = _parse_test_name(d.pop("test_name", UNSET))

        def _parse_platform(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        platform = _parse_platform(d.pop("platform", UNSET))

        video_metadata_item = cls(
            task_id=task_id,
            video_url=video_url,
            duration=duration,
            video_duration=video_duration,
            success=success,
            steps=steps,
            test_name=test_name,
            platform=platform,
        )

        video_metadata_item.additional_properties = d
        return video_metadata_item

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
