from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.bounding_box_error_type import BoundingBoxErrorType, check_bounding_box_error_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="BoundingBoxEval")


@_attrs_define
class BoundingBoxEval:
    """Evaluation result for Instructional LLM bounding box accuracy.

    Attributes:
        correct (bool): Whether the specified bounding box contained the target element
        error_type (BoundingBoxErrorType | str | Unset): Types of bounding box errors that can occur.
        specified_bbox (None | str | Unset): The bbox specified by Instructional LLM (e.g., 'A2-C4')
        used_bbox (None | str | Unset): The bbox actually used after fallback expansion
        fallback_used (bool | Unset): True if fallback expansion was needed to find the element Default: False.
        target_description (None | str | Unset): What element the bbox was supposed to contain
        explanation (None | str | Unset): Brief reasoning
    """

    correct: bool
    error_type: BoundingBoxErrorType | str | Unset = UNSET
    specified_bbox: None | str | Unset = UNSET
    used_bbox: None | str | Unset = UNSET
    fallback_used: bool | Unset = False
    target_description: None | str | Unset = UNSET
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

        specified_bbox: None | str | Unset
        if isinstance(self.specified_bbox, Unset):
            specified_bbox = UNSET
        else:
            specified_bbox = self.specified_bbox

        used_bbox: None | str | Unset
        if isinstance(self.used_bbox, Unset):
            used_bbox = UNSET
        else:
            used_bbox = self.used_bbox

        fallback_used = self.fallback_used

        target_description: None | str | Unset
        if isinstance(self.target_description, Unset):
            target_description = UNSET
        else:
            target_description = self.target_description

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
        if specified_bbox is not UNSET:
            field_dict["specified_bbox"] = specified_bbox
        if used_bbox is not UNSET:
            field_dict["used_bbox"] = used_bbox
        if fallback_used is not UNSET:
            field_dict["fallback_used"] = fallback_used
        if target_description is not UNSET:
            field_dict["target_description"] = target_description
        if explanation is not UNSET:
            field_dict["explanation"] = explanation

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        correct = d.pop("correct")

        def _parse_error_type(data: object) -> BoundingBoxErrorType | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                error_type_type_0 = check_bounding_box_error_type(data)

                return error_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BoundingBoxErrorType | str | Unset, data)

        error_type = _parse_error_type(d.pop("error_type", UNSET))

        def _parse_specified_bbox(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        specified_bbox = _parse_specified_bbox(d.pop("specified_bbox", UNSET))

        def _parse_used_bbox(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        used_bbox = _parse_used_bbox(d.pop("used_bbox", UNSET))

        fallback_used = d.pop("fallback_used", UNSET)

        def _parse_target_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        target_description = _parse_target_description(d.pop("target_description", UNSET))

        def _parse_explanation(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        explanation = _parse_explanation(d.pop("explanation", UNSET))

        bounding_box_eval = cls(
            correct=correct,
            error_type=error_type,
            specified_bbox=specified_bbox,
            used_bbox=used_bbox,
            fallback_used=fallback_used,
            target_description=target_description,
            explanation=explanation,
        )

        bounding_box_eval.additional_properties = d
        return bounding_box_eval

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
