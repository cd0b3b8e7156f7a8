from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CreditConversion")


@_attrs_define
class CreditConversion:
    """
    Attributes:
        feature_id (str):
        name (str):
        credits_per_unit (float):
    """

    feature_id: str
    name: str
    credits_per_unit: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        feature_id = self.feature_id

        name = self.name

        credits_per_unit = self.credits_per_unit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "feature_id": feature_id,
                "name": name,
                "credits_per_unit": credits_per_unit,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        feature_id = d.pop("feature_id")

        name = d.pop("name")

        credits_per_unit = d.pop("credits_per_unit")

        credit_conversion = cls(
            feature_id=feature_id,
            name=name,
            credits_per_unit=credits_per_unit,
        )

        credit_conversion.additional_properties = d
        return credit_conversion

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
