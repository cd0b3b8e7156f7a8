from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TLDRKeyMoment")


@_attrs_define
class TLDRKeyMoment:
    """Key moment extracted from test execution

    Attributes:
        step_reference (str):
        description (str):
        importance (str):
    """

    step_reference: str
    description: str
    importance: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        step_reference = self.step_reference

        description = self.description

        importance = self.importance

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "step_reference": step_reference,
                "description": description,
                "importance": importance,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        step_reference = d.pop("step_reference")

        description = d.pop("description")

        importance = d.pop("importance")

        tldr_key_moment = cls(
            step_reference=step_reference,
            description=description,
            importance=importance,
        )

        tldr_key_moment.additional_properties = d
        return tldr_key_moment

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
