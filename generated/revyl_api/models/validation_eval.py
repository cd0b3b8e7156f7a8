from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.validation_error_type import ValidationErrorType, check_validation_error_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="ValidationEval")


@_attrs_define
class ValidationEval:
    """Evaluation result for validation step accuracy.

    Attributes:
        correct (bool): Whether the validation result was correct
        error_type (str | Unset | ValidationErrorType): Types of validation errors that can occur.
        validation_instruction (None | str | Unset): What was being validated
        agent_result (bool | None | Unset): What the agent returned (True/False)
        expected_result (bool | None | Unset): What the result should have been
        explanation (None | str | Unset): Reasoning for the evaluation
    """

    correct: bool
    error_type: str | Unset | ValidationErrorType = UNSET
    validation_instruction: None | str | Unset = UNSET
    agent_result: bool | None | Unset = UNSET
    expected_result: bool | None | Unset = UNSET
    explanation: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        correct = self.correct

        error_type: str | Unset
        if isinstance(self.error_type, Unset):
            error_type = UNSET
        elif isinstance(self.error_type, str):
            error_type = self.error_type
        else:
            error_type = self.error_type

        validation_instruction: None | str | Unset
        if isinstance(self.validation_instruction, Unset):
            validation_instruction = UNSET
        else:
            validation_instruction = self.validation_instruction

        agent_result: bool | None | Unset
        if isinstance(self.agent_result, Unset):
            agent_result = UNSET
        else:
            agent_result = self.agent_result

        expected_result: bool | None | Unset
        if isinstance(self.expected_result, Unset):
            expected_result = UNSET
        else:
            expected_result = self.expected_result

        explanation: None | str | Unset
        if isinstance(self.explanation, Unset):
            explanation = UNSET
        else:
            explanation = self.explanation

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "correct": correct,
            }
        )
        if error_type is not UNSET:
            field_dict["error_type"] = error_type
        if validation_instruction is not UNSET:
            field_dict["validation_instruction"] = validation_instruction
        if agent_result is not UNSET:
            field_dict["agent_result"] = agent_result
        if expected_result is not UNSET:
            field_dict["expected_result"] = expected_result
        if explanation is not UNSET:
            field_dict["explanation"] = explanation

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        correct = d.pop("correct")

        def _parse_error_type(data: object) -> str | Unset | ValidationErrorType:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                error_type_type_0 = check_validation_error_type(data)

                return error_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(str | Unset | ValidationErrorType, data)

        error_type = _parse_error_type(d.pop("error_type", UNSET))

        def _parse_validation_instruction(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        validation_instruction = _parse_validation_instruction(d.pop("validation_instruction", UNSET))

        def _parse_agent_result(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        agent_result = _parse_agent_result(d.pop("agent_result", UNSET))

        def _parse_expected_result(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        expected_result = _parse_expected_result(d.pop("expected_result", UNSET))

        def _parse_explanation(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        explanation = _parse_explanation(d.pop("explanation", UNSET))

        validation_eval = cls(
            correct=correct,
            error_type=error_type,
            validation_instruction=validation_instruction,
            agent_result=agent_result,
            expected_result=expected_result,
            explanation=explanation,
        )

        validation_eval.additional_properties = d
        return validation_eval

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
