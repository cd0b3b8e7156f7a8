from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.action_range import ActionRange


T = TypeVar("T", bound="CompiledIntentStep")


@_attrs_define
class CompiledIntentStep:
    """One natural-language test step produced by the final merge pass.

    Attributes:
        step_type (str): instruction, validation, or manual
        step_description (str): Natural language instruction an agent can follow to reproduce the action
        manual_subtype (None | str | Unset): For manual steps: go_home, open_app, kill_app, back, set_location,
            set_orientation, set_appearance, set_font_size, wait, navigate
        source_action_ranges (list[ActionRange] | Unset): Which raw actions this step covers
        confidence (float | None | Unset): Model confidence 0-1 if available
    """

    step_type: str
    step_description: str
    manual_subtype: None | str | Unset = UNSET
    source_action_ranges: list[ActionRange] | Unset = UNSET
    confidence: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        step_type = self.step_type

        step_description = self.step_description

        manual_subtype: None | str | Unset
        if isinstance(self.manual_subtype, Unset):
            manual_subtype = UNSET
        else:
            manual_subtype = self.manual_subtype

        source_action_ranges: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.source_action_ranges, Unset):
            source_action_ranges = []
            for source_action_ranges_item_data in self.source_action_ranges:
                source_action_ranges_item = source_action_ranges_item_data.to_dict()
                source_action_ranges.append(source_action_ranges_item)

        confidence: float | None | Unset
        if isinstance(self.confidence, Unset):
            confidence = UNSET
        else:
            confidence = self.confidence

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "step_type": step_type,
                "step_description": step_description,
            }
        )
        if manual_subtype is not UNSET:
            field_dict["manual_subtype"] = manual_subtype
        if source_action_ranges is not UNSET:
            field_dict["source_action_ranges"] = source_action_ranges
        if confidence is not UNSET:
            field_dict["confidence"] = confidence

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.action_range import ActionRange  # noqa: PLC0415

        d = dict(src_dict)
        step_type = d.pop("step_type")

        step_description = d.pop("step_description")

        def _parse_manual_subtype(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        manual_subtype = _parse_manual_subtype(d.pop("manual_subtype", UNSET))

        _source_action_ranges = d.pop("source_action_ranges", UNSET)
        source_action_ranges: list[ActionRange] | Unset = UNSET
        if _source_action_ranges is not UNSET:
            source_action_ranges = []
            for source_action_ranges_item_data in _source_action_ranges:
                source_action_ranges_item = ActionRange.from_dict(source_action_ranges_item_data)

                source_action_ranges.append(source_action_ranges_item)

        def _parse_confidence(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        confidence = _parse_confidence(d.pop("confidence", UNSET))

        compiled_intent_step = cls(
            step_type=step_type,
            step_description=step_description,
            manual_subtype=manual_subtype,
            source_action_ranges=source_action_ranges,
            confidence=confidence,
        )

        compiled_intent_step.additional_properties = d
        return compiled_intent_step

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
