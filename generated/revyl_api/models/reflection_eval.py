from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.reflection_error_type import ReflectionErrorType, check_reflection_error_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="ReflectionEval")


@_attrs_define
class ReflectionEval:
    """Evaluation result for reflection decision.

    Attributes:
        correct (bool): Whether the reflection decision (next_step) was correct
        error_type (ReflectionErrorType | str | Unset): Types of reflection errors that can occur.
        expected_next_step (bool | None | Unset): What next_step should have been
        actual_next_step (bool | None | Unset): What next_step was
        explanation (None | str | Unset): Brief reasoning
    """

    correct: bool
    error_type: ReflectionErrorType | str | Unset = UNSET
    expected_next_step: bool | None | Unset = UNSET
    actual_next_step: bool | None | Unset = UNSET
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

        expected_next_step: bool | None | Unset
        if isinstance(self.expected_next_step, Unset):
            expected_next_step = UNSET
        else:
            expected_next_step = self.expected_next_step

        actual_next_step: bool | None | Unset
        if isinstance(self.actual_next_step, Unset):
            actual_next_step = UNSET
        else:
            actual_next_step = self.actual_next_step

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
        if expected_next_step is not UNSET:
            field_dict["expected_next_step"] = expected_next_step
        if actual_next_step is not UNSET:
            field_dict["actual_next_step"] = actual_next_step
        if explanation is not UNSET:
            field_dict["explanation"] = explanation

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        correct = d.pop("correct")

        def _parse_error_type(data: object) -> ReflectionErrorType | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                error_type_type_0 = check_reflection_error_type(data)

                return error_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ReflectionErrorType | str | Unset, data)

        error_type = _parse_error_type(d.pop("error_type", UNSET))

        def _parse_expected_next_step(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        expected_next_step = _parse_expected_next_step(d.pop("expected_next_step", UNSET))

        def _parse_actual_next_step(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        actual_next_step = _parse_actual_next_step(d.pop("actual_next_step", UNSET))

        def _parse_explanation(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        explanation = _parse_explanation(d.pop("explanation", UNSET))

        reflection_eval = cls(
            correct=correct,
            error_type=error_type,
            expected_next_step=expected_next_step,
            actual_next_step=actual_next_step,
            explanation=explanation,
        )

        reflection_eval.additional_properties = d
        return reflection_eval

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
