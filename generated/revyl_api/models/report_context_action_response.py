from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.report_context_action_response_llm_call_type_0 import ReportContextActionResponseLlmCallType0
    from ..models.report_context_action_response_reflection_llm_call_type_0 import (
        ReportContextActionResponseReflectionLlmCallType0,
    )
    from ..models.report_context_action_response_type_data_type_0 import ReportContextActionResponseTypeDataType0


T = TypeVar("T", bound="ReportContextActionResponse")


@_attrs_define
class ReportContextActionResponse:
    """High-context action payload for CLI/agent report consumption.

    Attributes:
        action_index (int):
        id (None | str | Unset):
        step_id (None | str | Unset):
        action_type (None | str | Unset):
        llm_call_id (None | str | Unset):
        reflection_llm_call_id (None | str | Unset):
        agent_description (None | str | Unset):
        reasoning (None | str | Unset):
        reflection_decision (None | str | Unset):
        reflection_reasoning (None | str | Unset):
        reflection_suggestion (None | str | Unset):
        is_terminal (bool | Unset):  Default: False.
        screenshot_before_url (None | str | Unset):
        screenshot_before_clean_url (None | str | Unset):
        screenshot_after_url (None | str | Unset):
        video_timestamp_start (float | None | Unset):
        video_timestamp_end (float | None | Unset):
        started_at (None | str | Unset):
        completed_at (None | str | Unset):
        created_at (None | str | Unset):
        type_data (None | ReportContextActionResponseTypeDataType0 | Unset):
        llm_call (None | ReportContextActionResponseLlmCallType0 | Unset):
        reflection_llm_call (None | ReportContextActionResponseReflectionLlmCallType0 | Unset):
    """

    action_index: int
    id: None | str | Unset = UNSET
    step_id: None | str | Unset = UNSET
    action_type: None | str | Unset = UNSET
    llm_call_id: None | str | Unset = UNSET
    reflection_llm_call_id: None | str | Unset = UNSET
    agent_description: None | str | Unset = UNSET
    reasoning: None | str | Unset = UNSET
    reflection_decision: None | str | Unset = UNSET
    reflection_reasoning: None | str | Unset = UNSET
    reflection_suggestion: None | str | Unset = UNSET
    is_terminal: bool | Unset = False
    screenshot_before_url: None | str | Unset = UNSET
    screenshot_before_clean_url: None | str | Unset = UNSET
    screenshot_after_url: None | str | Unset = UNSET
    video_timestamp_start: float | None | Unset = UNSET
    video_timestamp_end: float | None | Unset = UNSET
    started_at: None | str | Unset = UNSET
    completed_at: None | str | Unset = UNSET
    created_at: None | str | Unset = UNSET
    type_data: None | ReportContextActionResponseTypeDataType0 | Unset = UNSET
    llm_call: None | ReportContextActionResponseLlmCallType0 | Unset = UNSET
    reflection_llm_call: None | ReportContextActionResponseReflectionLlmCallType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.report_context_action_response_llm_call_type_0 import ReportContextActionResponseLlmCallType0  # noqa: PLC0415
        from ..models.report_context_action_response_reflection_llm_call_type_0 import (
            ReportContextActionResponseReflectionLlmCallType0,  # noqa: PLC0415
        )
        from ..models.report_context_action_response_type_data_type_0 import ReportContextActionResponseTypeDataType0  # noqa: PLC0415

        action_index = self.action_index

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        step_id: None | str | Unset
        if isinstance(self.step_id, Unset):
            step_id = UNSET
        else:
            step_id = self.step_id

        action_type: None | str | Unset
        if isinstance(self.action_type, Unset):
            action_type = UNSET
        else:
            action_type = self.action_type

        llm_call_id: None | str | Unset
        if isinstance(self.llm_call_id, Unset):
            llm_call_id = UNSET
        else:
            llm_call_id = self.llm_call_id

        reflection_llm_call_id: None | str | Unset
        if isinstance(self.reflection_llm_call_id, Unset):
            reflection_llm_call_id = UNSET
        else:
            reflection_llm_call_id = self.reflection_llm_call_id

        agent_description: None | str | Unset
        if isinstance(self.agent_description, Unset):
            agent_description = UNSET
        else:
            agent_description = self.agent_description

        reasoning: None | str | Unset
        if isinstance(self.reasoning, Unset):
            reasoning = UNSET
        else:
            reasoning = self.reasoning

        reflection_decision: None | str | Unset
        if isinstance(self.reflection_decision, Unset):
            reflection_decision = UNSET
        else:
            reflection_decision = self.reflection_decision

        reflection_reasoning: None | str | Unset
        if isinstance(self.reflection_reasoning, Unset):
            reflection_reasoning = UNSET
        else:
            reflection_reasoning = self.reflection_reasoning

        reflection_suggestion: None | str | Unset
        if isinstance(self.reflection_suggestion, Unset):
            reflection_suggestion = UNSET
        else:
            reflection_suggestion = self.reflection_suggestion

        is_terminal = self.is_terminal

        screenshot_before_url: None | str | Unset
        if isinstance(self.screenshot_before_url, Unset):
            screenshot_before_url = UNSET
        else:
            screenshot_before_url = self.screenshot_before_url

        screenshot_before_clean_url: None | str | Unset
        if isinstance(self.screenshot_before_clean_url, Unset):
            screenshot_before_clean_url = UNSET
        else:
            screenshot_before_clean_url = self.screenshot_before_clean_url

        screenshot_after_url: None | str | Unset
        if isinstance(self.screenshot_after_url, Unset):
            screenshot_after_url = UNSET
        else:
            screenshot_after_url = self.screenshot_after_url

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

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        type_data: dict[str, Any] | None | Unset
        if isinstance(self.type_data, Unset):
            type_data = UNSET
        elif isinstance(self.type_data, ReportContextActionResponseTypeDataType0):
            type_data = self.type_data.to_dict()
        else:
            type_data = self.type_data

        llm_call: dict[str, Any] | None | Unset
        if isinstance(self.llm_call, Unset):
            llm_call = UNSET
        elif isinstance(self.llm_call, ReportContextActionResponseLlmCallType0):
            llm_call = self.llm_call.to_dict()
        else:
            llm_call = self.llm_call

        reflection_llm_call: dict[str, Any] | None | Unset
        if isinstance(self.reflection_llm_call, Unset):
            reflection_llm_call = UNSET
        elif isinstance(self.reflection_llm_call, ReportContextActionResponseReflectionLlmCallType0):
            reflection_llm_call = self.reflection_llm_call.to_dict()
        else:
            reflection_llm_call = self.reflection_llm_call

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action_index": action_index,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if step_id is not UNSET:
            field_dict["step_id"] = step_id
        if action_type is not UNSET:
            field_dict["action_type"] = action_type
        if llm_call_id is not UNSET:
            field_dict["llm_call_id"] = llm_call_id
        if reflection_llm_call_id is not UNSET:
            field_dict["reflection_llm_call_id"] = reflection_llm_call_id
        if agent_description is not UNSET:
            field_dict["agent_description"] = agent_description
        if reasoning is not UNSET:
            field_dict["reasoning"] = reasoning
        if reflection_decision is not UNSET:
            field_dict["reflection_decision"] = reflection_decision
        if reflection_reasoning is not UNSET:
            field_dict["reflection_reasoning"] = reflection_reasoning
        if reflection_suggestion is not UNSET:
            field_dict["reflection_suggestion"] = reflection_suggestion
        if is_terminal is not UNSET:
            field_dict["is_terminal"] = is_terminal
        if screenshot_before_url is not UNSET:
            field_dict["screenshot_before_url"] = screenshot_before_url
        if screenshot_before_clean_url is not UNSET:
            field_dict["screenshot_before_clean_url"] = screenshot_before_clean_url
        if screenshot_after_url is not UNSET:
            field_dict["screenshot_after_url"] = screenshot_after_url
        if video_timestamp_start is not UNSET:
            field_dict["video_timestamp_start"] = video_timestamp_start
        if video_timestamp_end is not UNSET:
            field_dict["video_timestamp_end"] = video_timestamp_end
        if started_at is not UNSET:
            field_dict["started_at"] = started_at
        if completed_at is not UNSET:
            field_dict["completed_at"] = completed_at
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if type_data is not UNSET:
            field_dict["type_data"] = type_data
        if llm_call is not UNSET:
            field_dict["llm_call"] = llm_call
        if reflection_llm_call is not UNSET:
            field_dict["reflection_llm_call"] = reflection_llm_call

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.report_context_action_response_llm_call_type_0 import ReportContextActionResponseLlmCallType0  # noqa: PLC0415
        from ..models.report_context_action_response_reflection_llm_call_type_0 import (
            ReportContextActionResponseReflectionLlmCallType0,  # noqa: PLC0415
        )
        from ..models.report_context_action_response_type_data_type_0 import ReportContextActionResponseTypeDataType0  # noqa: PLC0415

        d = dict(src_dict)
        action_index = d.pop("action_index")

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_step_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        step_id = _parse_step_id(d.pop("step_id", UNSET))

        def _parse_action_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        action_type = _parse_action_type(d.pop("action_type", UNSET))

        def _parse_llm_call_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        llm_call_id = _parse_llm_call_id(d.pop("llm_call_id", UNSET))

        def _parse_reflection_llm_call_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reflection_llm_call_id = _parse_reflection_llm_call_id(d.pop("reflection_llm_call_id", UNSET))

        def _parse_agent_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        agent_description = _parse_agent_description(d.pop("agent_description", UNSET))

        def _parse_reasoning(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reasoning = _parse_reasoning(d.pop("reasoning", UNSET))

        def _parse_reflection_decision(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reflection_decision = _parse_reflection_decision(d.pop("reflection_decision", UNSET))

        def _parse_reflection_reasoning(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reflection_reasoning = _parse_reflection_reasoning(d.pop("reflection_reasoning", UNSET))

        def _parse_reflection_suggestion(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reflection_suggestion = _parse_reflection_suggestion(d.pop("reflection_suggestion", UNSET))

        is_terminal = d.pop("is_terminal", UNSET)

        def _parse_screenshot_before_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        screenshot_before_url = _parse_screenshot_before_url(d.pop("screenshot_before_url", UNSET))

        def _parse_screenshot_before_clean_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        screenshot_before_clean_url = _parse_screenshot_before_clean_url(d.pop("screenshot_before_clean_url", UNSET))

        def _parse_screenshot_after_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        screenshot_after_url = _parse_screenshot_after_url(d.pop("screenshot_after_url", UNSET))

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

        def _parse_created_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        def _parse_type_data(data: object) -> None | ReportContextActionResponseTypeDataType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                type_data_type_0 = ReportContextActionResponseTypeDataType0.from_dict(data)

                return type_data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ReportContextActionResponseTypeDataType0 | Unset, data)

        type_data = _parse_type_data(d.pop("type_data", UNSET))

        def _parse_llm_call(data: object) -> None | ReportContextActionResponseLlmCallType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                llm_call_type_0 = ReportContextActionResponseLlmCallType0.from_dict(data)

                return llm_call_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ReportContextActionResponseLlmCallType0 | Unset, data)

        llm_call = _parse_llm_call(d.pop("llm_call", UNSET))

        def _parse_reflection_llm_call(
            data: object,
        ) -> None | ReportContextActionResponseReflectionLlmCallType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                reflection_llm_call_type_0 = ReportContextActionResponseReflectionLlmCallType0.from_dict(data)

                return reflection_llm_call_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ReportContextActionResponseReflectionLlmCallType0 | Unset, data)

        reflection_llm_call = _parse_reflection_llm_call(d.pop("reflection_llm_call", UNSET))

        report_context_action_response = cls(
            action_index=action_index,
            id=id,
            step_id=step_id,
            action_type=action_type,
            llm_call_id=llm_call_id,
            reflection_llm_call_id=reflection_llm_call_id,
            agent_description=agent_description,
            reasoning=reasoning,
            reflection_decision=reflection_decision,
            reflection_reasoning=reflection_reasoning,
            reflection_suggestion=reflection_suggestion,
            is_terminal=is_terminal,
            screenshot_before_url=screenshot_before_url,
            screenshot_before_clean_url=screenshot_before_clean_url,
            screenshot_after_url=screenshot_after_url,
            video_timestamp_start=video_timestamp_start,
            video_timestamp_end=video_timestamp_end,
            started_at=started_at,
            completed_at=completed_at,
            created_at=created_at,
            type_data=type_data,
            llm_call=llm_call,
            reflection_llm_call=reflection_llm_call,
        )

        report_context_action_response.additional_properties = d
        return report_context_action_response

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
