from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.grounding_error_type import GroundingErrorType, check_grounding_error_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="GroundingEval")


@_attrs_define
class GroundingEval:
    """Evaluation result for grounding accuracy.

    Attributes:
        correct (bool): Whether the click landed on the correct element
        error_type (GroundingErrorType | str | Unset): Types of grounding errors that can occur.
        target (None | str | Unset): The intended target element
        actual_element (None | str | Unset): What the click actually hit
        explanation (None | str | Unset): Brief reasoning
    """

    correct: bool
    error_type: GroundingErrorType | str | Unset = UNSET
    target: None | str | Unset = UNSET
    actual_element: None | str | Unset = UNSET
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

        target: None | str | Unset
        if isinstance(self.target, Unset):
            target = UNSET
        else:
            target = self.target

        actual_element: None | str | Unset
        if isinstance(self.actual_element, Unset):
            actual_element = UNSET
        else:
            actual_element = self.actual_element

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
        if target is not UNSET:
            field_dict["target"] = target
        if actual_element is not UNSET:
            field_dict["actual_element"] = actual_element
        if explanation is not UNSET:
            field_dict["explanation"] = explanation

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        correct = d.pop("correct")

        def _parse_error_type(data: object) -> GroundingErrorType | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                error_type_type_0 = check_grounding_error_type(data)

                return error_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GroundingErrorType | str | Unset, data)

        error_type = _parse_error_type(d.pop("error_type", UNSET))

        def _parse_target(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        target = _parse_target(d.pop("target", UNSET))

        def _parse_actual_element(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        actual_element = _parse_actual_element(d.pop("actual_element", UNSET))

        def _parse_explanation(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        explanation = _parse_explanation(d.pop("explanation", UNSET))

        grounding_eval = cls(
            correct=correct,
            error_type=error_type,
            target=target,
            actual_element=actual_element,
            explanation=explanation,
        )

        grounding_eval.additional_properties = d
        return grounding_eval

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
