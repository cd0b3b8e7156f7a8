from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="StreamingStepResult")


@_attrs_define
class StreamingStepResult:
    """DEPRECATED: Aggregated step result for downstream analytics.

    Used only for reading legacy S3 reports.

        Attributes:
            step_index (int | None | Unset): Step index for ordering (extracted from step_id)
            action_type (None | str | Unset):
            validation_result (Any | None | Unset):
            has_error (bool | Unset):  Default: False.
            error_message (None | str | Unset):
            cache_used (bool | Unset):  Default: False.
    """

    step_index: int | None | Unset = UNSET
    action_type: None | str | Unset = UNSET
    validation_result: Any | None | Unset = UNSET
    has_error: bool | Unset = False
    error_message: None | str | Unset = UNSET
    cache_used: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        step_index: int | None | Unset
        if isinstance(self.step_index, Unset):
            step_index = UNSET
        else:
            step_index = self.step_index

        action_type: None | str | Unset
        if isinstance(self.action_type, Unset):
            action_type = UNSET
        else:
            action_type = self.action_type

        validation_result: Any | None | Unset
        if isinstance(self.validation_result, Unset):
            validation_result = UNSET
        else:
            validation_result = self.validation_result

        has_error = self.has_error

        error_message: None | str | Unset
        if isinstance(self.error_message, Unset):
            error_message = UNSET
        else:
            error_message = self.error_message

        cache_used = self.cache_used

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if step_index is not UNSET:
            field_dict["step_index"] = step_index
        if action_type is not UNSET:
            field_dict["action_type"] = action_type
        if validation_result is not UNSET:
            field_dict["validation_result"] = validation_result
        if has_error is not UNSET:
            field_dict["has_error"] = has_error
        if error_message is not UNSET:
            field_dict["error_message"] = error_message
        if cache_used is not UNSET:
            field_dict["cache_used"] = cache_used

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_step_index(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        step_index = _parse_step_index(d.pop("step_index", UNSET))

        def _parse_action_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        action_type = _parse_action_type(d.pop("action_type", UNSET))

        def _parse_validation_result(data: object) -> Any | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(Any | None | Unset, data)

        validation_result = _parse_validation_result(d.pop("validation_result", UNSET))

        has_error = d.pop("has_error", UNSET)

        def _parse_error_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error_message = _parse_error_message(d.pop("error_message", UNSET))

        cache_used = d.pop("cache_used", UNSET)

        streaming_step_result = cls(
            step_index=step_index,
            action_type=action_type,
            validation_result=validation_result,
            has_error=has_error,
            error_message=error_message,
            cache_used=cache_used,
        )

        streaming_step_result.additional_properties = d
        return streaming_step_result

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
