from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.atlas_edge_clip_video import AtlasEdgeClipVideo
    from ..models.atlas_edge_run import AtlasEdgeRun


T = TypeVar("T", bound="AtlasEdgeRunsResponse")


@_attrs_define
class AtlasEdgeRunsResponse:
    """
    Attributes:
        app_id (str):
        runs (list[AtlasEdgeRun] | Unset):
        active_video (AtlasEdgeClipVideo | None | Unset):
    """

    app_id: str
    runs: list[AtlasEdgeRun] | Unset = UNSET
    active_video: AtlasEdgeClipVideo | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.atlas_edge_clip_video import AtlasEdgeClipVideo  # noqa: PLC0415

        app_id = self.app_id

        runs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.runs, Unset):
            runs = []
            for runs_item_data in self.runs:
                runs_item = runs_item_data.to_dict()
                runs.append(runs_item)

        active_video: dict[str, Any] | None | Unset
        if isinstance(self.active_video, Unset):
            active_video = UNSET
        elif isinstance(self.active_video, AtlasEdgeClipVideo):
            active_video = self.active_video.to_dict()
        else:
            active_video = self.active_video

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "app_id": app_id,
            }
        )
        if runs is not UNSET:
            field_dict["runs"] = runs
        if active_video is not UNSET:
            field_dict["active_video"] = active_video

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.atlas_edge_clip_video import AtlasEdgeClipVideo  # noqa: PLC0415
        from ..models.atlas_edge_run import AtlasEdgeRun  # noqa: PLC0415

        d = dict(src_dict)
        app_id = d.pop("app_id")

        _runs = d.pop("runs", UNSET)
        runs: list[AtlasEdgeRun] | Unset = UNSET
        if _runs is not UNSET:
            runs = []
            for runs_item_data in _runs:
                runs_item = AtlasEdgeRun.from_dict(runs_item_data)

                runs.append(runs_item)

        def _parse_active_video(data: object) -> AtlasEdgeClipVideo | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                active_video_type_0 = AtlasEdgeClipVideo.from_dict(data)

                return active_video_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AtlasEdgeClipVideo | None | Unset, data)

        active_video = _parse_active_video(d.pop("active_video", UNSET))

        atlas_edge_runs_response = cls(
            app_id=app_id,
            runs=runs,
            active_video=active_video,
        )

        atlas_edge_runs_response.additional_properties = d
        return atlas_edge_runs_response

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
