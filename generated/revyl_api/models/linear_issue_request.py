from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.linear_issue_request_source import LinearIssueRequestSource, check_linear_issue_request_source
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.linear_atlas_context_request import LinearAtlasContextRequest


T = TypeVar("T", bound="LinearIssueRequest")


@_attrs_define
class LinearIssueRequest:
    """
    Attributes:
        source (LinearIssueRequestSource):
        title (None | str | Unset):
        description (None | str | Unset):
        team_id (None | str | Unset):
        project_id (None | str | Unset):
        assignee_id (None | str | Unset):
        state_id (None | str | Unset):
        label_ids (list[str] | Unset):
        priority (int | None | Unset):
        report_id (None | str | Unset):
        execution_id (None | str | Unset):
        workflow_execution_id (None | str | Unset):
        atlas (LinearAtlasContextRequest | None | Unset):
    """

    source: LinearIssueRequestSource
    title: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    team_id: None | str | Unset = UNSET
    project_id: None | str | Unset = UNSET
    assignee_id: None | str | Unset = UNSET
    state_id: None | str | Unset = UNSET
    label_ids: list[str] | Unset = UNSET
    priority: int | None | Unset = UNSET
    report_id: None | str | Unset = UNSET
    execution_id: None | str | Unset = UNSET
    workflow_execution_id: None | str | Unset = UNSET
    atlas: LinearAtlasContextRequest | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.linear_atlas_context_request import LinearAtlasContextRequest  # noqa: PLC0415

        source: str = self.source

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        team_id: None | str | Unset
        if isinstance(self.team_id, Unset):
            team_id = UNSET
        else:
            team_id = self.team_id

        project_id: None | str | Unset
        if isinstance(self.project_id, Unset):
            project_id = UNSET
        else:
            project_id = self.project_id

        assignee_id: None | str | Unset
        if isinstance(self.assignee_id, Unset):
            assignee_id = UNSET
        else:
            assignee_id = self.assignee_id

        state_id: None | str | Unset
        if isinstance(self.state_id, Unset):
            state_id = UNSET
        else:
            state_id = self.state_id

        label_ids: list[str] | Unset = UNSET
        if not isinstance(self.label_ids, Unset):
            label_ids = self.label_ids

        priority: int | None | Unset
        if isinstance(self.priority, Unset):
            priority = UNSET
        else:
            priority = self.priority

        report_id: None | str | Unset
        if isinstance(self.report_id, Unset):
            report_id = UNSET
        else:
            report_id = self.report_id

        execution_id: None | str | Unset
        if isinstance(self.execution_id, Unset):
            execution_id = UNSET
        else:
            execution_id = self.execution_id

        workflow_execution_id: None | str | Unset
        if isinstance(self.workflow_execution_id, Unset):
            workflow_execution_id = UNSET
        else:
            workflow_execution_id = self.workflow_execution_id

        atlas: dict[str, Any] | None | Unset
        if isinstance(self.atlas, Unset):
            atlas = UNSET
        elif isinstance(self.atlas, LinearAtlasContextRequest):
            atlas = self.atlas.to_dict()
        else:
            atlas = self.atlas

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "source": source,
            }
        )
        if title is not UNSET:
            field_dict["title"] = title
        if description is not UNSET:
            field_dict["description"] = description
        if team_id is not UNSET:
            field_dict["team_id"] = team_id
        if project_id is not UNSET:
            field_dict["project_id"] = project_id
        if assignee_id is not UNSET:
            field_dict["assignee_id"] = assignee_id
        if state_id is not UNSET:
            field_dict["state_id"] = state_id
        if label_ids is not UNSET:
            field_dict["label_ids"] = label_ids
        if priority is not UNSET:
            field_dict["priority"] = priority
        if report_id is not UNSET:
            field_dict["report_id"] = report_id
        if execution_id is not UNSET:
            field_dict["execution_id"] = execution_id
        if workflow_execution_id is not UNSET:
            field_dict["workflow_execution_id"] = workflow_execution_id
        if atlas is not UNSET:
            field_dict["atlas"] = atlas

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.linear_atlas_context_request import LinearAtlasContextRequest  # noqa: PLC0415

        d = dict(src_dict)
        source = check_linear_issue_request_source(d.pop("source"))

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_team_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        team_id = _parse_team_id(d.pop("team_id", UNSET))

        def _parse_project_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        project_id = _parse_project_id(d.pop("project_id", UNSET))

        def _parse_assignee_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        assignee_id = _parse_assignee_id(d.pop("assignee_id", UNSET))

        def _parse_state_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        state_id = _parse_state_id(d.pop("state_id", UNSET))

        label_ids = cast(list[str], d.pop("label_ids", UNSET))

        def _parse_priority(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        priority = _parse_priority(d.pop("priority", UNSET))

        def _parse_report_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        report_id = _parse_report_id(d.pop("report_id", UNSET))

        def _parse_execution_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        execution_id = _parse_execution_id(d.pop("execution_id", UNSET))

        def _parse_workflow_execution_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        workflow_execution_id = _parse_workflow_execution_id(d.pop("workflow_execution_id", UNSET))

        def _parse_atlas(data: object) -> LinearAtlasContextRequest | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                atlas_type_0 = LinearAtlasContextRequest.from_dict(data)

                return atlas_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LinearAtlasContextRequest | None | Unset, data)

        atlas = _parse_atlas(d.pop("atlas", UNSET))

        linear_issue_request = cls(
            source=source,
            title=title,
            description=description,
            team_id=team_id,
            project_id=project_id,
            assignee_id=assignee_id,
            state_id=state_id,
            label_ids=label_ids,
            priority=priority,
            report_id=report_id,
            execution_id=execution_id,
            workflow_execution_id=workflow_execution_id,
            atlas=atlas,
        )

        linear_issue_request.additional_properties = d
        return linear_issue_request

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
