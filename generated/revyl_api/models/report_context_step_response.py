from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.report_context_action_response import ReportContextActionResponse
    from ..models.report_context_step_response_llm_call_type_0 import ReportContextStepResponseLlmCallType0
    from ..models.report_context_step_response_type_data_type_0 import ReportContextStepResponseTypeDataType0


T = TypeVar("T", bound="ReportContextStepResponse")


@_attrs_define
class ReportContextStepResponse:
    """High-context step payload for CLI/agent report consumption.

    Attributes:
        id (str):
        execution_order (int):
        step_type (str):
        report_id (None | str | Unset):
        parent_step_id (None | str | Unset):
        node_id (None | str | Unset):
        step_description (None | str | Unset):
        success (bool | None | Unset):
        error_message (None | str | Unset):
        started_at (None | str | Unset):
        completed_at (None | str | Unset):
        llm_call_id (None | str | Unset):
        source_module_id (None | str | Unset):
        source_module_name (None | str | Unset):
        video_timestamp_start (float | None | Unset):
        video_timestamp_end (float | None | Unset):
        created_at (None | str | Unset):
        status (None | str | Unset):
        status_reason (None | str | Unset):
        effective_status (str | Unset):  Default: 'pending'.
        effective_status_reason (None | str | Unset):
        validation_result (bool | None | Unset):
        validation_reasoning (None | str | Unset):
        type_data (None | ReportContextStepResponseTypeDataType0 | Unset):
        actions (list[ReportContextActionResponse] | Unset):
        llm_call (None | ReportContextStepResponseLlmCallType0 | Unset):
    """

    id: str
    execution_order: int
    step_type: str
    report_id: None | str | Unset = UNSET
    parent_step_id: None | str | Unset = UNSET
    node_id: None | str | Unset = UNSET
    step_description: None | str | Unset = UNSET
    success: bool | None | Unset = UNSET
    error_message: None | str | Unset = UNSET
    started_at: None | str | Unset = UNSET
    completed_at: None | str | Unset = UNSET
    llm_call_id: None | str | Unset = UNSET
    source_module_id: None | str | Unset = UNSET
    source_module_name: None | str | Unset = UNSET
    video_timestamp_start: float | None | Unset = UNSET
    video_timestamp_end: float | None | Unset = UNSET
    created_at: None | str | Unset = UNSET
    status: None | str | Unset = UNSET
    status_reason: None | str | Unset = UNSET
    effective_status: str | Unset = "pending"
    effective_status_reason: None | str | Unset = UNSET
    validation_result: bool | None | Unset = UNSET
    validation_reasoning: None | str | Unset = UNSET
    type_data: None | ReportContextStepResponseTypeDataType0 | Unset = UNSET
    actions: list[ReportContextActionResponse] | Unset = UNSET
    llm_call: None | ReportContextStepResponseLlmCallType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.report_context_step_response_llm_call_type_0 import ReportContextStepResponseLlmCallType0  # noqa: PLC0415
        from ..models.report_context_step_response_type_data_type_0 import ReportContextStepResponseTypeDataType0  # noqa: PLC0415

        id = self.id

        execution_order = self.execution_order

        step_type = self.step_type

        report_id: None | str | Unset
        if isinstance(self.report_id, Unset):
            report_id = UNSET
        else:
            report_id = self.report_id

        parent_step_id: None | str | Unset
        if isinstance(self.parent_step_id, Unset):
            parent_step_id = UNSET
        else:
            parent_step_id = self.parent_step_id

        node_id: None | str | Unset
        if isinstance(self.node_id, Unset):
            node_id = UNSET
        else:
            node_id = self.node_id

        step_description: None | str | Unset
        if isinstance(self.step_description, Unset):
            step_description = UNSET
        else:
            step_description = self.step_description

        success: bool | None | Unset
        if isinstance(self.success, Unset):
            success = UNSET
        else:
            success = self.success

        error_message: None | str | Unset
        if isinstance(self.error_message, Unset):
            error_message = UNSET
        else:
            error_message = self.error_message

        started_at: None | str | Unset
        if isinstance(self.started_at, Unset):
            started_at = UNSET
        else:
            started_at = self.started_at

        completed_at: None | str | Unset
        if isinstance(self.completed_at, Unset):
            completed_at = UNSET
        else:
            completed_at = self.completed_at

        llm_call_id: None | str | Unset
        if isinstance(self.llm_call_id, Unset):
            llm_call_id = UNSET
        else:
            llm_call_id = self.llm_call_id

        source_module_id: None | str | Unset
        if isinstance(self.source_module_id, Unset):
            source_module_id = UNSET
        else:
            source_module_id = self.source_module_id

        source_module_name: None | str | Unset
        if isinstance(self.source_module_name, Unset):
            source_module_name = UNSET
        else:
            source_module_name = self.source_module_name

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

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        status_reason: None | str | Unset
        if isinstance(self.status_reason, Unset):
            status_reason = UNSET
        else:
            status_reason = self.status_reason

        effective_status = self.effective_status

        effective_status_reason: None | str | Unset
        if isinstance(self.effective_status_reason, Unset):
            effective_status_reason = UNSET
        else:
            effective_status_reason = self.effective_status_reason

        validation_result: bool | None | Unset
        if isinstance(self.validation_result, Unset):
            validation_result = UNSET
        else:
            validation_result = self.validation_result

        validation_reasoning: None | str | Unset
        if isinstance(self.validation_reasoning, Unset):
            validation_reasoning = UNSET
        else:
            validation_reasoning = self.validation_reasoning

        type_data: dict[str, Any] | None | Unset
        if isinstance(self.type_data, Unset):
            type_data = UNSET
        elif isinstance(self.type_data, ReportContextStepResponseTypeDataType0):
            type_data = self.type_data.to_dict()
        else:
            type_data = self.type_data

        actions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.actions, Unset):
            actions = []
            for actions_item_data in self.actions:
                actions_item = actions_item_data.to_dict()
                actions.append(actions_item)

        llm_call: dict[str, Any] | None | Unset
        if isinstance(self.llm_call, Unset):
            llm_call = UNSET
        elif isinstance(self.llm_call, ReportContextStepResponseLlmCallType0):
            llm_call = self.llm_call.to_dict()
        else:
            llm_call = self.llm_call

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "execution_order": execution_order,
                "step_type": step_type,
            }
        )
        if report_id is not UNSET:
            field_dict["report_id"] = report_id
        if parent_step_id is not UNSET:
            field_dict["parent_step_id"] = parent_step_id
        if node_id is not UNSET:
            field_dict["node_id"] = node_id
        if step_description is not UNSET:
            field_dict["step_description"] = step_description
        if success is not UNSET:
            field_dict["success"] = success
        if error_message is not UNSET:
            field_dict["error_message"] = error_message
        if started_at is not UNSET:
            field_dict["started_at"] = started_at
        if completed_at is not UNSET:
            field_dict["completed_at"] = completed_at
        if llm_call_id is not UNSET:
            field_dict["llm_call_id"] = llm_call_id
        if source_module_id is not UNSET:
            field_dict["source_module_id"] = source_module_id
        if source_module_name is not UNSET:
            field_dict["source_module_name"] = source_module_name
        if video_timestamp_start is not UNSET:
            field_dict["video_timestamp_start"] = video_timestamp_start
        if video_timestamp_end is not UNSET:
            field_dict["video_timestamp_end"] = video_timestamp_end
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if status is not UNSET:
            field_dict["status"] = status
        if status_reason is not UNSET:
            field_dict["status_reason"] = status_reason
        if effective_status is not UNSET:
            field_dict["effective_status"] = effective_status
        if effective_status_reason is not UNSET:
            field_dict["effective_status_reason"] = effective_status_reason
        if validation_result is not UNSET:
            field_dict["validation_result"] = validation_result
        if validation_reasoning is not UNSET:
            field_dict["validation_reasoning"] = validation_reasoning
        if type_data is not UNSET:
            field_dict["type_data"] = type_data
        if actions is not UNSET:
            field_dict["actions"] = actions
        if llm_call is not UNSET:
            field_dict["llm_call"] = llm_call

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.report_context_action_response import ReportContextActionResponse  # noqa: PLC0415
        from ..models.report_context_step_response_llm_call_type_0 import ReportContextStepResponseLlmCallType0  # noqa: PLC0415
        from ..models.report_context_step_response_type_data_type_0 import ReportContextStepResponseTypeDataType0  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        execution_order = d.pop("execution_order")

        step_type = d.pop("step_type")

        def _parse_report_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        report_id = _parse_report_id(d.pop("report_id", UNSET))

        def _parse_parent_step_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        parent_step_id = _parse_parent_step_id(d.pop("parent_step_id", UNSET))

        def _parse_node_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        node_id = _parse_node_id(d.pop("node_id", UNSET))

        def _parse_step_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        step_description = _parse_step_description(d.pop("step_description", UNSET))

        def _parse_success(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        success = _parse_success(d.pop("success", UNSET))

        def _parse_error_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error_message = _parse_error_message(d.pop("error_message", UNSET))

        def _parse_started_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        started_at = _parse_started_at(d.pop("started_at", UNSET))

        def _parse_completed_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        completed_at = _parse_completed_at(d.pop("completed_at", UNSET))

        def _parse_llm_call_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        llm_call_id = _parse_llm_call_id(d.pop("llm_call_id", UNSET))

        def _parse_source_module_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        source_module_id = _parse_source_module_id(d.pop("source_module_id", UNSET))

        def _parse_source_module_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        source_module_name = _parse_source_module_name(d.pop("source_module_name", UNSET))

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

        def _parse_created_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        def _parse_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_status_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        status_reason = _parse_status_reason(d.pop("status_reason", UNSET))

        effective_status = d.pop("effective_status", UNSET)

        def _parse_effective_status_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        effective_status_reason = _parse_effective_status_reason(d.pop("effective_status_reason", UNSET))

        def _parse_validation_result(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        validation_result = _parse_validation_result(d.pop("validation_result", UNSET))

        def _parse_validation_reasoning(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        validation_reasoning = _parse_validation_reasoning(d.pop("validation_reasoning", UNSET))

        def _parse_type_data(data: object) -> None | ReportContextStepResponseTypeDataType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                type_data_type_0 = ReportContextStepResponseTypeDataType0.from_dict(data)

                return type_data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ReportContextStepResponseTypeDataType0 | Unset, data)

        type_data = _parse_type_data(d.pop("type_data", UNSET))

        _actions = d.pop("actions", UNSET)
        actions: list[ReportContextActionResponse] | Unset = UNSET
        if _actions is not UNSET:
            actions = []
            for actions_item_data in _actions:
                actions_item = ReportContextActionResponse.from_dict(actions_item_data)

                actions.append(actions_item)

        def _parse_llm_call(data: object) -> None | ReportContextStepResponseLlmCallType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                llm_call_type_0 = ReportContextStepResponseLlmCallType0.from_dict(data)

                return llm_call_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ReportContextStepResponseLlmCallType0 | Unset, data)

        llm_call = _parse_llm_call(d.pop("llm_call", UNSET))

        report_context_step_response = cls(
            id=id,
            execution_order=execution_order,
            step_type=step_type,
            report_id=report_id,
            parent_step_id=parent_step_id,
            node_id=node_id,
            step_description=step_description,
            success=success,
            error_message=error_message,
            started_at=started_at,
            completed_at=completed_at,
            llm_call_id=llm_call_id,
            source_module_id=source_module_id,
            source_module_name=source_module_name,
            video_timestamp_start=video_timestamp_start,
            video_timestamp_end=video_timestamp_end,
            created_at=created_at,
            status=status,
            status_reason=status_reason,
            effective_status=effective_status,
            effective_status_reason=effective_status_reason,
            validation_result=validation_result,
            validation_reasoning=validation_reasoning,
            type_data=type_data,
            actions=actions,
            llm_call=llm_call,
        )

        report_context_step_response.additional_properties = d
        return report_context_step_response

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
