from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ScmActions")


@_attrs_define
class ScmActions:
    """
    Attributes:
        preview_link (bool | Unset):  Default: True.
        curated_workflows (list[str] | Unset):
        adaptive_validation (bool | Unset):  Default: False.
        natural_language_assertions (list[str] | Unset):
        adaptive_system_prompt (None | str | Unset):
    """

    preview_link: bool | Unset = True
    curated_workflows: list[str] | Unset = UNSET
    adaptive_validation: bool | Unset = False
    natural_language_assertions: list[str] | Unset = UNSET
    adaptive_system_prompt: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        preview_link = self.preview_link

        curated_workflows: list[str] | Unset = UNSET
        if not isinstance(self.curated_workflows, Unset):
            curated_workflows = self.curated_workflows

        adaptive_validation = self.adaptive_validation

        natural_language_assertions: list[str] | Unset = UNSET
        if not isinstance(self.natural_language_assertions, Unset):
            natural_language_assertions = self.natural_language_assertions

        adaptive_system_prompt: None | str | Unset
        if isinstance(self.adaptive_system_prompt, Unset):
            adaptive_system_prompt = UNSET
        else:
            adaptive_system_prompt = self.adaptive_system_prompt

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if preview_link is not UNSET:
            field_dict["preview_link"] = preview_link
        if curated_workflows is not UNSET:
            field_dict["curated_workflows"] = curated_workflows
        if adaptive_validation is not UNSET:
            field_dict["adaptive_validation"] = adaptive_validation
        if natural_language_assertions is not UNSET:
            field_dict["natural_language_assertions"] = natural_language_assertions
        if adaptive_system_prompt is not UNSET:
            field_dict["adaptive_system_prompt"] = adaptive_system_prompt

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        preview_link = d.pop("preview_link", UNSET)

        curated_workflows = cast(list[str], d.pop("curated_workflows", UNSET))

        adaptive_validation = d.pop("adaptive_validation", UNSET)

        natural_language_assertions = cast(list[str], d.pop("natural_language_assertions", UNSET))

        def _parse_adaptive_system_prompt(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        adaptive_system_prompt = _parse_adaptive_system_prompt(d.pop("adaptive_system_prompt", UNSET))

        scm_actions = cls(
            preview_link=preview_link,
            curated_workflows=curated_workflows,
            adaptive_validation=adaptive_validation,
            natural_language_assertions=natural_language_assertions,
            adaptive_system_prompt=adaptive_system_prompt,
        )

        scm_actions.additional_properties = d
        return scm_actions

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
