from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LLMConfig")


@_attrs_define
class LLMConfig:
    """Configuration for LLM models used in different stages.

    Attributes:
        primary_model (str | Unset): Primary LLM model for step execution Default: 'gemini/gemini-3.5-flash'.
        reflection_model (None | str | Unset): LLM model for reflection, defaults to primary_model if not set
        planning_model (None | str | Unset): LLM model for planning, defaults to primary_model if not set
    """

    primary_model: str | Unset = "gemini/gemini-3.5-flash"
    reflection_model: None | str | Unset = UNSET
    planning_model: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        primary_model = self.primary_model

        reflection_model: None | str | Unset
        if isinstance(self.reflection_model, Unset):
            reflection_model = UNSET
        else:
            reflection_model = self.reflection_model

        planning_model: None | str | Unset
        if isinstance(self.planning_model, Unset):
            planning_model = UNSET
        else:
            planning_model = self.planning_model

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if primary_model is not UNSET:
            field_dict["primary_model"] = primary_model
        if reflection_model is not UNSET:
            field_dict["reflection_model"] = reflection_model
        if planning_model is not UNSET:
            field_dict["planning_model"] = planning_model

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        primary_model = d.pop("primary_model", UNSET)

        def _parse_reflection_model(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reflection_model = _parse_reflection_model(d.pop("reflection_model", UNSET))

        def _parse_planning_model(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        planning_model = _parse_planning_model(d.pop("planning_model", UNSET))

        llm_config = cls(
            primary_model=primary_model,
            reflection_model=reflection_model,
            planning_model=planning_model,
        )

        llm_config.additional_properties = d
        return llm_config

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
