from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="GlobalVariableValueUpdate")


@_attrs_define
class GlobalVariableValueUpdate:
    """Request model for setting a global variable's value by name.

    Used by step-execution callers (extraction / code-execution blocks) that
    write into pre-existing, non-secret global variables. Secrets and
    metadata changes go through the full GlobalVariableUpdate path.

        Attributes:
            variable_value (str): New variable value
    """

    variable_value: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        variable_value = self.variable_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "variable_value": variable_value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        variable_value = d.pop("variable_value")

        global_variable_value_update = cls(
            variable_value=variable_value,
        )

        global_variable_value_update.additional_properties = d
        return global_variable_value_update

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
