from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="UpdateVariableNameModel")


@_attrs_define
class UpdateVariableNameModel:
    """
    Attributes:
        test_uid (UUID):
        variable_name (str):
    """

    test_uid: UUID
    variable_name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        test_uid = str(self.test_uid)

        variable_name = self.variable_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "test_uid": test_uid,
                "variable_name": variable_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        test_uid = UUID(d.pop("test_uid"))

        variable_name = d.pop("variable_name")

        update_variable_name_model = cls(
            test_uid=test_uid,
            variable_name=variable_name,
        )

        update_variable_name_model.additional_properties = d
        return update_variable_name_model

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
