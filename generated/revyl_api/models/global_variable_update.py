from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GlobalVariableUpdate")


@_attrs_define
class GlobalVariableUpdate:
    """Request model for updating a global variable.

    Attributes:
        variable_name (None | str | Unset): New name
        variable_value (None | str | Unset): New value
        is_secret (bool | None | Unset): New secret flag
        description (None | str | Unset): New description
    """

    variable_name: None | str | Unset = UNSET
    variable_value: None | str | Unset = UNSET
    is_secret: bool | None | Unset = UNSET
    description: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

        is_secret: bool | None | Unset
        if isinstance(self.is_secret, Unset):
            is_secret = UNSET
        else:
            is_secret = self.is_secret

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if variable_name is not UNSET:
            field_dict["variable_name"] = variable_name
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

        def _parse_is_secret(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_secret = _parse_is_secret(d.pop("is_secret", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        global_variable_update = cls(
            variable_name=variable_name,
            variable_value=variable_value,
            is_secret=is_secret,
            description=description,
        )

        global_variable_update.additional_properties = d
        return global_variable_update

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
