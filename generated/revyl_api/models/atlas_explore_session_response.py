from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.atlas_explore_session_response_summary import AtlasExploreSessionResponseSummary


T = TypeVar("T", bound="AtlasExploreSessionResponse")


@_attrs_define
class AtlasExploreSessionResponse:
    """
    Attributes:
        id (str):
        lane_index (int):
        session_id (None | str | Unset):
        lane_role (None | str | Unset):
        workflow_run_id (None | str | Unset):
        report_id (None | str | Unset):
        atlas_layer_job_id (None | str | Unset):
        session_status (None | str | Unset):
        summary (AtlasExploreSessionResponseSummary | Unset):
    """

    id: str
    lane_index: int
    session_id: None | str | Unset = UNSET
    lane_role: None | str | Unset = UNSET
    workflow_run_id: None | str | Unset = UNSET
    report_id: None | str | Unset = UNSET
    atlas_layer_job_id: None | str | Unset = UNSET
    session_status: None | str | Unset = UNSET
    summary: AtlasExploreSessionResponseSummary | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        lane_index = self.lane_index

        session_id: None | str | Unset
        if isinstance(self.session_id, Unset):
            session_id = UNSET
        else:
            session_id = self.session_id

        lane_role: None | str | Unset
        if isinstance(self.lane_role, Unset):
            lane_role = UNSET
        else:
            lane_role = self.lane_role

        workflow_run_id: None | str | Unset
        if isinstance(self.workflow_run_id, Unset):
            workflow_run_id = UNSET
        else:
            workflow_run_id = self.workflow_run_id

        report_id: None | str | Unset
        if isinstance(self.report_id, Unset):
            report_id = UNSET
        else:
            report_id = self.report_id

        atlas_layer_job_id: None | str | Unset
        if isinstance(self.atlas_layer_job_id, Unset):
            atlas_layer_job_id = UNSET
        else:
            atlas_layer_job_id = self.atlas_layer_job_id

        session_status: None | str | Unset
        if isinstance(self.session_status, Unset):
            session_status = UNSET
        else:
            session_status = self.session_status

        summary: dict[str, Any] | Unset = UNSET
        if not isinstance(self.summary, Unset):
            summary = self.summary.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "lane_index": lane_index,
            }
        )
        if session_id is not UNSET:
            field_dict["session_id"] = session_id
        if lane_role is not UNSET:
            field_dict["lane_role"] = lane_role
        if workflow_run_id is not UNSET:
            field_dict["workflow_run_id"] = workflow_run_id
        if report_id is not UNSET:
            field_dict["report_id"] = report_id
        if atlas_layer_job_id is not UNSET:
            field_dict["atlas_layer_job_id"] = atlas_layer_job_id
        if session_status is not UNSET:
            field_dict["session_status"] = session_status
        if summary is not UNSET:
            field_dict["summary"] = summary

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.atlas_explore_session_response_summary import AtlasExploreSessionResponseSummary  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        lane_index = d.pop("lane_index")

        def _parse_session_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        session_id = _parse_session_id(d.pop("session_id", UNSET))

        def _parse_lane_role(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        lane_role = _parse_lane_role(d.pop("lane_role", UNSET))

        def _parse_workflow_run_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        workflow_run_id = _parse_workflow_run_id(d.pop("workflow_run_id", UNSET))

        def _parse_report_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        report_id = _parse_report_id(d.pop("report_id", UNSET))

        def _parse_atlas_layer_job_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        atlas_layer_job_id = _parse_atlas_layer_job_id(d.pop("atlas_layer_job_id", UNSET))

        def _parse_session_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        session_status = _parse_session_status(d.pop("session_status", UNSET))

        _summary = d.pop("summary", UNSET)
        summary: AtlasExploreSessionResponseSummary | Unset
        if isinstance(_summary, Unset):
            summary = UNSET
        else:
            summary = AtlasExploreSessionResponseSummary.from_dict(_summary)

        atlas_explore_session_response = cls(
            id=id,
            lane_index=lane_index,
            session_id=session_id,
            lane_role=lane_role,
            workflow_run_id=workflow_run_id,
            report_id=report_id,
            atlas_layer_job_id=atlas_layer_job_id,
            session_status=session_status,
            summary=summary,
        )

        atlas_explore_session_response.additional_properties = d
        return atlas_explore_session_response

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
