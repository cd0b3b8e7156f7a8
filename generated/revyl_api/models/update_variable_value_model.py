from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="UpdateVariableValueModel")


@_attrs_define
class UpdateVariableValueModel:
    """
    Attributes:
        variable_id (UUID):
        variable_value (str):
    """

    variable_id: UUID
    variable_value: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        variable_id = str(self.variable_id)

        variable_value = self.variable_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "variable_id": variable_id,
                "variable_value": variable_value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        variable_id = UUID(d.pop("variable_id"))

        variable_value = d.pop("variable_value")

        update_variable_value_model = cls(
            variable_id=variable_id,
            variable_value=variable_value,
        )

        update_variable_value_model.additional_properties = d
        return update_variable_value_model

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
