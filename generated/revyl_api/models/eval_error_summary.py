from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EvalErrorSummary")


@_attrs_define
class EvalErrorSummary:
    """Summary of errors from evaluation.

    Attributes:
        grounding_errors (int | Unset):  Default: 0.
        reflection_errors (int | Unset):  Default: 0.
        instruction_errors (int | Unset):  Default: 0.
        validation_errors (int | Unset):  Default: 0.
        bounding_box_errors (int | Unset):  Default: 0.
        grounder_hint_errors (int | Unset):  Default: 0.
    """

    grounding_errors: int | Unset = 0
    reflection_errors: int | Unset = 0
    instruction_errors: int | Unset = 0
    validation_errors: int | Unset = 0
    bounding_box_errors: int | Unset = 0
    grounder_hint_errors: int | Unset = 0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        grounding_errors = self.grounding_errors

        reflection_errors = self.reflection_errors

        instruction_errors = self.instruction_errors

        validation_errors = self.validation_errors

        bounding_box_errors = self.bounding_box_errors

        grounder_hint_errors = self.grounder_hint_errors

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if grounding_errors is not UNSET:
            field_dict["grounding_errors"] = grounding_errors
        if reflection_errors is not UNSET:
            field_dict["reflection_errors"] = reflection_errors
        if instruction_errors is not UNSET:
            field_dict["instruction_errors"] = instruction_errors
        if validation_errors is not UNSET:
            field_dict["validation_errors"] = validation_errors
        if bounding_box_errors is not UNSET:
            field_dict["bounding_box_errors"] = bounding_box_errors
        if grounder_hint_errors is not UNSET:
            field_dict["grounder_hint_errors"] = grounder_hint_errors

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        grounding_errors = d.pop("grounding_errors", UNSET)

        reflection_errors = d.pop("reflection_errors", UNSET)

        instruction_errors = d.pop("instruction_errors", UNSET)

        validation_errors = d.pop("validation_errors", UNSET)

        bounding_box_errors = d.pop("bounding_box_errors", UNSET)

        grounder_hint_errors = d.pop("grounder_hint_errors", UNSET)

        eval_error_summary = cls(
            grounding_errors=grounding_errors,
            reflection_errors=reflection_errors,
            instruction_errors=instruction_errors,
            validation_errors=validation_errors,
            bounding_box_errors=bounding_box_errors,
            grounder_hint_errors=grounder_hint_errors,
        )

        eval_error_summary.additional_properties = d
        return eval_error_summary

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
