from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="StepSummaryV3")


@_attrs_define
class StepSummaryV3:
    """Lightweight step summary for progress visualization.

    Attributes:
        execution_order (int):
        step_type (str):
        status (None | str | Unset):
        error_message (None | str | Unset):
        step_description (None | str | Unset):
        validation_result (bool | None | Unset):
    """

    execution_order: int
    step_type: str
    status: None | str | Unset = UNSET
    error_message: None | str | Unset = UNSET
    step_description: None | str | Unset = UNSET
    validation_result: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        execution_order = self.execution_order

        step_type = self.step_type

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        error_message: None | str | Unset
        if isinstance(self.error_message, Unset):
            error_message = UNSET
        else:
            error_message = self.error_message

        step_description: None | str | Unset
        if isinstance(self.step_description, Unset):
            step_description = UNSET
        else:
            step_description = self.step_description

        validation_result: bool | None | Unset
        if isinstance(self.validation_result, Unset):
            validation_result = UNSET
        else:
            validation_result = self.validation_result

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "execution_order": execution_order,
                "step_type": step_type,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status
        if error_message is not UNSET:
            field_dict["error_message"] = error_message
        if step_description is not UNSET:
            field_dict["step_description"] = step_description
        if validation_result is not UNSET:
            field_dict["validation_result"] = validation_result

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        execution_order = d.pop("execution_order")

        step_type = d.pop("step_type")

        def _parse_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_error_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error_message = _parse_error_message(d.pop("error_message", UNSET))

        def _parse_step_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        step_description = _parse_step_description(d.pop("step_description", UNSET))

        def _parse_validation_result(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        validation_result = _parse_validation_result(d.pop("validation_result", UNSET))

        step_summary_v3 = cls(
            execution_order=execution_order,
            step_type=step_type,
            status=status,
            error_message=error_message,
            step_description=step_description,
            validation_result=validation_result,
        )

        step_summary_v3.additional_properties = d
        return step_summary_v3

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
