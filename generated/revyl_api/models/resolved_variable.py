from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ResolvedVariable")


@_attrs_define
class ResolvedVariable:
    """A variable resolved from either local or global scope.

    Attributes:
        variable_name (str): Name of the variable
        source (str): Source: 'local' or 'global'
        variable_value (None | str | Unset): Resolved value
        is_secret (bool | Unset): True for org-level secret globals. Callers must keep the value off any client-facing
            surface (instruction text, reports, logs). Default: False.
    """

    variable_name: str
    source: str
    variable_value: None | str | Unset = UNSET
    is_secret: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        variable_name = self.variable_name

        source = self.source

        variable_value: None | str | Unset
        if isinstance(self.variable_value, Unset):
            variable_value = UNSET
        else:
            variable_value = self.variable_value

        is_secret = self.is_secret

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "variable_name": variable_name,
                "source": source,
            }
        )
        if variable_value is not UNSET:
            field_dict["variable_value"] = variable_value
        if is_secret is not UNSET:
            field_dict["is_secret"] = is_secret

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        variable_name = d.pop("variable_name")

        source = d.pop("source")

        def _parse_variable_value(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        variable_value = _parse_variable_value(d.pop("variable_value", UNSET))

        is_secret = d.pop("is_secret", UNSET)

        resolved_variable = cls(
            variable_name=variable_name,
            source=source,
            variable_value=variable_value,
            is_secret=is_secret,
        )

        resolved_variable.additional_properties = d
        return resolved_variable

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
