from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.child_task_report_info import ChildTaskReportInfo
    from ..models.test_info import TestInfo
    from ..models.unified_workflow_report_response_child_share_status import (
        UnifiedWorkflowReportResponseChildShareStatus,
    )
    from ..models.unified_workflow_report_response_video_metadata_type_0 import (
        UnifiedWorkflowReportResponseVideoMetadataType0,
    )
    from ..models.workflow_detail_info import WorkflowDetailInfo
    from ..models.workflow_task_info import WorkflowTaskInfo


T = TypeVar("T", bound="UnifiedWorkflowReportResponse")


@_attrs_define
class UnifiedWorkflowReportResponse:
    """
    Attributes:
        workflow_task (WorkflowTaskInfo):
        workflow_detail (None | Unset | WorkflowDetailInfo):
        test_info (list[TestInfo] | Unset):
        child_tasks (list[ChildTaskReportInfo] | Unset):
        video_metadata (None | UnifiedWorkflowReportResponseVideoMetadataType0 | Unset):
        child_share_status (UnifiedWorkflowReportResponseChildShareStatus | Unset):
        is_public_view (bool | Unset):  Default: False.
    """

    workflow_task: WorkflowTaskInfo
    workflow_detail: None | Unset | WorkflowDetailInfo = UNSET
    test_info: list[TestInfo] | Unset = UNSET
    child_tasks: list[ChildTaskReportInfo] | Unset = UNSET
    video_metadata: None | UnifiedWorkflowReportResponseVideoMetadataType0 | Unset = UNSET
    child_share_status: UnifiedWorkflowReportResponseChildShareStatus | Unset = UNSET
    is_public_view: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.unified_workflow_report_response_video_metadata_type_0 import (
            UnifiedWorkflowReportResponseVideoMetadataType0,  # noqa: PLC0415
        )
        from ..models.workflow_detail_info import WorkflowDetailInfo  # noqa: PLC0415

        workflow_task = self.workflow_task.to_dict()

        workflow_detail: dict[str, Any] | None | Unset
        if isinstance(self.workflow_detail, Unset):
            workflow_detail = UNSET
        elif isinstance(self.workflow_detail, WorkflowDetailInfo):
            workflow_detail = self.workflow_detail.to_dict()
        else:
            workflow_detail = self.workflow_detail

        test_info: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.test_info, Unset):
            test_info = []
            for test_info_item_data in self.test_info:
                test_info_item = test_info_item_data.to_dict()
                test_info.append(test_info_item)

        child_tasks: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.child_tasks, Unset):
            child_tasks = []
            for child_tasks_item_data in self.child_tasks:
                child_tasks_item = child_tasks_item_data.to_dict()
                child_tasks.append(child_tasks_item)

        video_metadata: dict[str, Any] | None | Unset
        if isinstance(self.video_metadata, Unset):
            video_metadata = UNSET
        elif isinstance(self.video_metadata, UnifiedWorkflowReportResponseVideoMetadataType0):
            video_metadata = self.video_metadata.to_dict()
        else:
            video_metadata = self.video_metadata

        child_share_status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.child_share_status, Unset):
            child_share_status = self.child_share_status.to_dict()

        is_public_view = self.is_public_view

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "workflow_task": workflow_task,
            }
        )
        if workflow_detail is not UNSET:
            field_dict["workflow_detail"] = workflow_detail
        if test_info is not UNSET:
            field_dict["test_info"] = test_info
        if child_tasks is not UNSET:
            field_dict["child_tasks"] = child_tasks
        if video_metadata is not UNSET:
            field_dict["video_metadata"] = video_metadata
        if child_share_status is not UNSET:
            field_dict["child_share_status"] = child_share_status
        if is_public_view is not UNSET:
            field_dict["is_public_view"] = is_public_view

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.child_task_report_info import ChildTaskReportInfo  # noqa: PLC0415
        from ..models.test_info import TestInfo  # noqa: PLC0415
        from ..models.unified_workflow_report_response_child_share_status import (
            UnifiedWorkflowReportResponseChildShareStatus,  # noqa: PLC0415
        )
        from ..models.unified_workflow_report_response_video_metadata_type_0 import (
            UnifiedWorkflowReportResponseVideoMetadataType0,  # noqa: PLC0415
        )
        from ..models.workflow_detail_info import WorkflowDetailInfo  # noqa: PLC0415
        from ..models.workflow_task_info import WorkflowTaskInfo  # noqa: PLC0415

        d = dict(src_dict)
        workflow_task = WorkflowTaskInfo.from_dict(d.pop("workflow_task"))

        def _parse_workflow_detail(data: object) -> None | Unset | WorkflowDetailInfo:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                workflow_detail_type_0 = WorkflowDetailInfo.from_dict(data)

                return workflow_detail_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WorkflowDetailInfo, data)

        workflow_detail = _parse_workflow_detail(d.pop("workflow_detail", UNSET))

        _test_info = d.pop("test_info", UNSET)
        test_info: list[TestInfo] | Unset = UNSET
        if _test_info is not UNSET:
            test_info = []
            for test_info_item_data in _test_info:
                test_info_item = TestInfo.from_dict(test_info_item_data)

                test_info.append(test_info_item)

        _child_tasks = d.pop("child_tasks", UNSET)
        child_tasks: list[ChildTaskReportInfo] | Unset = UNSET
        if _child_tasks is not UNSET:
            child_tasks = []
            for child_tasks_item_data in _child_tasks:
                child_tasks_item = ChildTaskReportInfo.from_dict(child_tasks_item_data)

                child_tasks.append(child_tasks_item)

        def _parse_video_metadata(data: object) -> None | UnifiedWorkflowReportResponseVideoMetadataType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                video_metadata_type_0 = UnifiedWorkflowReportResponseVideoMetadataType0.from_dict(data)

                return video_metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UnifiedWorkflowReportResponseVideoMetadataType0 | Unset, data)

        video_metadata = _parse_video_metadata(d.pop("video_metadata", UNSET))

        _child_share_status = d.pop("child_share_status", UNSET)
        child_share_status: UnifiedWorkflowReportResponseChildShareStatus | Unset
        if isinstance(_child_share_status, Unset):
            child_share_status = UNSET
        else:
            child_share_status = UnifiedWorkflowReportResponseChildShareStatus.from_dict(_child_share_status)

        is_public_view = d.pop("is_public_view", UNSET)

        unified_workflow_report_response = cls(
            workflow_task=workflow_task,
            workflow_detail=workflow_detail,
            test_info=test_info,
            child_tasks=child_tasks,
            video_metadata=video_metadata,
            child_share_status=child_share_status,
            is_public_view=is_public_view,
        )

        unified_workflow_report_response.additional_properties = d
        return unified_workflow_report_response

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
