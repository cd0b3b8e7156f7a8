from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.atlas_explore_run_response_config import AtlasExploreRunResponseConfig
    from ..models.atlas_explore_run_response_findings_item import AtlasExploreRunResponseFindingsItem
    from ..models.atlas_explore_run_response_summary import AtlasExploreRunResponseSummary
    from ..models.atlas_explore_session_response import AtlasExploreSessionResponse


T = TypeVar("T", bound="AtlasExploreRunResponse")


@_attrs_define
class AtlasExploreRunResponse:
    """
    Attributes:
        id (str):
        app_id (str):
        mode (str):
        execution_status (str):
        atlas_status (str):
        customer_status (str):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        build_id (None | str | Unset):
        config (AtlasExploreRunResponseConfig | Unset):
        summary (AtlasExploreRunResponseSummary | Unset):
        sessions (list[AtlasExploreSessionResponse] | Unset):
        findings (list[AtlasExploreRunResponseFindingsItem] | Unset):
        completed_at (datetime.datetime | None | Unset):
    """

    id: str
    app_id: str
    mode: str
    execution_status: str
    atlas_status: str
    customer_status: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    build_id: None | str | Unset = UNSET
    config: AtlasExploreRunResponseConfig | Unset = UNSET
    summary: AtlasExploreRunResponseSummary | Unset = UNSET
    sessions: list[AtlasExploreSessionResponse] | Unset = UNSET
    findings: list[AtlasExploreRunResponseFindingsItem] | Unset = UNSET
    completed_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        app_id = self.app_id

        mode = self.mode

        execution_status = self.execution_status

        atlas_status = self.atlas_status

        customer_status = self.customer_status

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        build_id: None | str | Unset
        if isinstance(self.build_id, Unset):
            build_id = UNSET
        else:
            build_id = self.build_id

        config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config, Unset):
            config = self.config.to_dict()

        summary: dict[str, Any] | Unset = UNSET
        if not isinstance(self.summary, Unset):
            summary = self.summary.to_dict()

        sessions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sessions, Unset):
            sessions = []
            for sessions_item_data in self.sessions:
                sessions_item = sessions_item_data.to_dict()
                sessions.append(sessions_item)

        findings: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.findings, Unset):
            findings = []
            for findings_item_data in self.findings:
                findings_item = findings_item_data.to_dict()
                findings.append(findings_item)

        completed_at: None | str | Unset
        if isinstance(self.completed_at, Unset):
            completed_at = UNSET
        elif isinstance(self.completed_at, datetime.datetime):
            completed_at = self.completed_at.isoformat()
        else:
            completed_at = self.completed_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "app_id": app_id,
                "mode": mode,
                "execution_status": execution_status,
                "atlas_status": atlas_status,
                "customer_status": customer_status,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if build_id is not UNSET:
            field_dict["build_id"] = build_id
        if config is not UNSET:
            field_dict["config"] = config
        if summary is not UNSET:
            field_dict["summary"] = summary
        if sessions is not UNSET:
            field_dict["sessions"] = sessions
        if findings is not UNSET:
            field_dict["findings"] = findings
        if completed_at is not UNSET:
            field_dict["completed_at"] = completed_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.atlas_explore_run_response_config import AtlasExploreRunResponseConfig  # noqa: PLC0415
        from ..models.atlas_explore_run_response_findings_item import AtlasExploreRunResponseFindingsItem  # noqa: PLC0415
        from ..models.atlas_explore_run_response_summary import AtlasExploreRunResponseSummary  # noqa: PLC0415
        from ..models.atlas_explore_session_response import AtlasExploreSessionResponse  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        app_id = d.pop("app_id")

        mode = d.pop("mode")

        execution_status = d.pop("execution_status")

        atlas_status = d.pop("atlas_status")

        customer_status = d.pop("customer_status")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        def _parse_build_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        build_id = _parse_build_id(d.pop("build_id", UNSET))

        _config = d.pop("config", UNSET)
        config: AtlasExploreRunResponseConfig | Unset
        if isinstance(_config, Unset):
            config = UNSET
        else:
            config = AtlasExploreRunResponseConfig.from_dict(_config)

        _summary = d.pop("summary", UNSET)
        summary: AtlasExploreRunResponseSummary | Unset
        if isinstance(_summary, Unset):
            summary = UNSET
        else:
            summary = AtlasExploreRunResponseSummary.from_dict(_summary)

        _sessions = d.pop("sessions", UNSET)
        sessions: list[AtlasExploreSessionResponse] | Unset = UNSET
        if _sessions is not UNSET:
            sessions = []
            for sessions_item_data in _sessions:
                sessions_item = AtlasExploreSessionResponse.from_dict(sessions_item_data)

                sessions.append(sessions_item)

        _findings = d.pop("findings", UNSET)
        findings: list[AtlasExploreRunResponseFindingsItem] | Unset = UNSET
        if _findings is not UNSET:
            findings = []
            for findings_item_data in _findings:
                findings_item = AtlasExploreRunResponseFindingsItem.from_dict(findings_item_data)

                findings.append(findings_item)

        def _parse_completed_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                completed_at_type_0 = datetime.datetime.fromisoformat(data)

                return completed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        completed_at = _parse_completed_at(d.pop("completed_at", UNSET))

        atlas_explore_run_response = cls(
            id=id,
            app_id=app_id,
            mode=mode,
            execution_status=execution_status,
            atlas_status=atlas_status,
            customer_status=customer_status,
            created_at=created_at,
            updated_at=updated_at,
            build_id=build_id,
            config=config,
            summary=summary,
            sessions=sessions,
            findings=findings,
            completed_at=completed_at,
        )

        atlas_explore_run_response.additional_properties = d
        return atlas_explore_run_response

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
