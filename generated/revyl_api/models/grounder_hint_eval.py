from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.grounder_hint_error_type import GrounderHintErrorType, check_grounder_hint_error_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="GrounderHintEval")


@_attrs_define
class GrounderHintEval:
    """Evaluation result for grounder_hint quality (Moondream-friendliness).

    Attributes:
        correct (bool): Whether the grounder_hint is a good Moondream-friendly description
        error_type (GrounderHintErrorType | str | Unset): Types of grounder_hint quality errors that can occur.
        grounder_hint (None | str | Unset): The grounder_hint that was evaluated
        target (None | str | Unset): The original target for comparison
        uses_visual_cues (bool | Unset): Whether it describes shapes, colors, or visible text Default: True.
        avoids_ui_jargon (bool | Unset): Whether it avoids UI-specific terminology Default: True.
        describes_empty_space (bool | None | Unset): For INPUT actions: whether it describes the empty area
        explanation (None | str | Unset): Brief reasoning
    """

    correct: bool
    error_type: GrounderHintErrorType | str | Unset = UNSET
    grounder_hint: None | str | Unset = UNSET
    target: None | str | Unset = UNSET
    uses_visual_cues: bool | Unset = True
    avoids_ui_jargon: bool | Unset = True
    describes_empty_space: bool | None | Unset = UNSET
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

        grounder_hint: None | str | Unset
        if isinstance(self.grounder_hint, Unset):
            grounder_hint = UNSET
        else:
            grounder_hint = self.grounder_hint

        target: None | str | Unset
        if isinstance(self.target, Unset):
            target = UNSET
        else:
            target = self.target

        uses_visual_cues = self.uses_visual_cues

        avoids_ui_jargon = self.avoids_ui_jargon

        describes_empty_space: bool | None | Unset
        if isinstance(self.describes_empty_space, Unset):
            describes_empty_space = UNSET
        else:
            describes_empty_space = self.describes_empty_space

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
        if grounder_hint is not UNSET:
            field_dict["grounder_hint"] = grounder_hint
        if target is not UNSET:
            field_dict["target"] = target
        if uses_visual_cues is not UNSET:
            field_dict["uses_visual_cues"] = uses_visual_cues
        if avoids_ui_jargon is not UNSET:
            field_dict["avoids_ui_jargon"] = avoids_ui_jargon
        if describes_empty_space is not UNSET:
            field_dict["describes_empty_space"] = describes_empty_space
        if explanation is not UNSET:
            field_dict["explanation"] = explanation

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        correct = d.pop("correct")

        def _parse_error_type(data: object) -> GrounderHintErrorType | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                error_type_type_0 = check_grounder_hint_error_type(data)

                return error_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GrounderHintErrorType | str | Unset, data)

        error_type = _parse_error_type(d.pop("error_type", UNSET))

        def _parse_grounder_hint(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        grounder_hint = _parse_grounder_hint(d.pop("grounder_hint", UNSET))

        def _parse_target(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        target = _parse_target(d.pop("target", UNSET))

        uses_visual_cues = d.pop("uses_visual_cues", UNSET)

        avoids_ui_jargon = d.pop("avoids_ui_jargon", UNSET)

        def _parse_describes_empty_space(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        describes_empty_space = _parse_describes_empty_space(d.pop("describes_empty_space", UNSET))

        def _parse_explanation(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        explanation = _parse_explanation(d.pop("explanation", UNSET))

        grounder_hint_eval = cls(
            correct=correct,
            error_type=error_type,
            grounder_hint=grounder_hint,
            target=target,
            uses_visual_cues=uses_visual_cues,
            avoids_ui_jargon=avoids_ui_jargon,
            describes_empty_space=describes_empty_space,
            explanation=explanation,
        )

        grounder_hint_eval.additional_properties = d
        return grounder_hint_eval

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
