from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UnifiedWorkflowReportRequest")


@_attrs_define
class UnifiedWorkflowReportRequest:
    """
    Attributes:
        workflow_task_id (None | str | Unset):
        token (None | str | Unset):
        include_video_metadata (bool | Unset):  Default: False.
    """

    workflow_task_id: None | str | Unset = UNSET
    token: None | str | Unset = UNSET
    include_video_metadata: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        workflow_task_id: None | str | Unset
        if isinstance(self.workflow_task_id, Unset):
            workflow_task_id = UNSET
        else:
            workflow_task_id = self.workflow_task_id

        token: None | str | Unset
        if isinstance(self.token, Unset):
            token = UNSET
        else:
            token = self.token

        include_video_metadata = self.include_video_metadata

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if workflow_task_id is not UNSET:
            field_dict["workflow_task_id"] = workflow_task_id
        if token is not UNSET:
            field_dict["token"] = token
        if include_video_metadata is not UNSET:
            field_dict["include_video_metadata"] = include_video_metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_workflow_task_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        workflow_task_id = _parse_workflow_task_id(d.pop("workflow_task_id", UNSET))

        def _parse_token(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        token = _parse_token(d.pop("token", UNSET))

        include_video_metadata = d.pop("include_video_metadata", UNSET)

        unified_workflow_report_request = cls(
            workflow_task_id=workflow_task_id,
            token=token,
            include_video_metadata=include_video_metadata,
        )

        unified_workflow_report_request.additional_properties = d
        return unified_workflow_report_request

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
