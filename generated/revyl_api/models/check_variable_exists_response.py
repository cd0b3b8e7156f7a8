from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CheckVariableExistsResponse")


@_attrs_define
class CheckVariableExistsResponse:
    """Response for check variable exists endpoint.

    Attributes:
        exists (bool): Whether the variable exists
        variable_name (None | str | Unset): Name of the variable
        variable_value (None | str | Unset): Value of the variable
    """

    exists: bool
    variable_name: None | str | Unset = UNSET
    variable_value: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        exists = self.exists

        variable_name: None | str | Unset
        if isinstance(self.variable_name, Unset):
            variable_name = UNSET
        else:
            variable_name = self.variable_name

        variable_value: None | str | Unset
        if isinstance(self.variable_value, Unset):
            variable_value = UNSET
        else:
            variable_value = self.variable_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "exists": exists,
            }
        )
        if variable_name is not UNSET:
            field_dict["variable_name"] = variable_name
        if variable_value is not UNSET:
            field_dict["variable_value"] = variable_value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        exists = d.pop("exists")

        def _parse_variable_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        variable_name = _parse_variable_name(d.pop("variable_name", UNSET))

        def _parse_variable_value(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        variable_value = _parse_variable_value(d.pop("variable_value", UNSET))

        check_variable_exists_response = cls(
            exists=exists,
            variable_name=variable_name,
            variable_value=variable_value,
        )

        check_variable_exists_response.additional_properties = d
        return check_variable_exists_response

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
