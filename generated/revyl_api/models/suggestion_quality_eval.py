from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.suggestion_quality_rating import SuggestionQualityRating, check_suggestion_quality_rating
from ..types import UNSET, Unset

T = TypeVar("T", bound="SuggestionQualityEval")


@_attrs_define
class SuggestionQualityEval:
    """Evaluation result for reflection suggestion quality.

    Attributes:
        quality_rating (str | SuggestionQualityRating): Quality rating for reflection suggestions.
        is_actionable (bool): Whether the suggestion is specific and actionable
        is_correct_approach (bool): Whether the suggestion identifies the right approach to complete the step
        addresses_failure (bool): Whether the suggestion addresses why the previous action failed
        suggestion (None | str | Unset): The suggestion that was evaluated
        explanation (None | str | Unset): Reasoning for the evaluation
    """

    quality_rating: str | SuggestionQualityRating
    is_actionable: bool
    is_correct_approach: bool
    addresses_failure: bool
    suggestion: None | str | Unset = UNSET
    explanation: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        quality_rating: str
        if isinstance(self.quality_rating, str):
            quality_rating = self.quality_rating
        else:
            quality_rating = self.quality_rating

        is_actionable = self.is_actionable

        is_correct_approach = self.is_correct_approach

        addresses_failure = self.addresses_failure

        suggestion: None | str | Unset
        if isinstance(self.suggestion, Unset):
            suggestion = UNSET
        else:
            suggestion = self.suggestion

        explanation: None | str | Unset
        if isinstance(self.explanation, Unset):
            explanation = UNSET
        else:
            explanation = self.explanation

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "quality_rating": quality_rating,
                "is_actionable": is_actionable,
                "is_correct_approach": is_correct_approach,
                "addresses_failure": addresses_failure,
            }
        )
        if suggestion is not UNSET:
            field_dict["suggestion"] = suggestion
        if explanation is not UNSET:
            field_dict["explanation"] = explanation

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_quality_rating(data: object) -> str | SuggestionQualityRating:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                quality_rating_type_0 = check_suggestion_quality_rating(data)

                return quality_rating_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(str | SuggestionQualityRating, data)

        quality_rating = _parse_quality_rating(d.pop("quality_rating"))

        is_actionable = d.pop("is_actionable")

        is_correct_approach = d.pop("is_correct_approach")

        addresses_failure = d.pop("addresses_failure")

        def _parse_suggestion(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        suggestion = _parse_suggestion(d.pop("suggestion", UNSET))

        def _parse_explanation(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        explanation = _parse_explanation(d.pop("explanation", UNSET))

        suggestion_quality_eval = cls(
            quality_rating=quality_rating,
            is_actionable=is_actionable,
            is_correct_approach=is_correct_approach,
            addresses_failure=addresses_failure,
            suggestion=suggestion,
            explanation=explanation,
        )

        suggestion_quality_eval.additional_properties = d
        return suggestion_quality_eval

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
