from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GlobalVariableCreate")


@_attrs_define
class GlobalVariableCreate:
    """Request model for creating a global variable.

    Attributes:
        variable_name (str): Name of the variable
        variable_value (None | str | Unset): Value of the variable
        is_secret (bool | Unset): Whether the value should be encrypted and masked Default: False.
        description (None | str | Unset): Description of the variable
    """

    variable_name: str
    variable_value: None | str | Unset = UNSET
    is_secret: bool | Unset = False
    description: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        variable_name = self.variable_name

        variable_value: None | str | Unset
        if isinstance(self.variable_value, Unset):
            variable_value = UNSET
        else:
            variable_value = self.variable_value

        is_secret = self.is_secret

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "variable_name": variable_name,
            }
        )
        if variable_value is not UNSET:
            field_dict["variable_value"] = variable_value
        if is_secret is not UNSET:
            field_dict["is_secret"] = is_secret
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        variable_name = d.pop("variable_name")

        def _parse_variable_value(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        variable_value = _parse_variable_value(d.pop("variable_value", UNSET))

        is_secret = d.pop("is_secret", UNSET)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        global_variable_create = cls(
            variable_name=variable_name,
            variable_value=variable_value,
            is_secret=is_secret,
            description=description,
        )

        global_variable_create.additional_properties = d
        return global_variable_create

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
