from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.global_variable_row import GlobalVariableRow


T = TypeVar("T", bound="GlobalVariablesResponse")


@_attrs_define
class GlobalVariablesResponse:
    """Response model for global variable list operations.

    Attributes:
        message (str): Response message
        result (list[GlobalVariableRow]): List of global variable records
    """

    message: str
    result: list[GlobalVariableRow]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        result = []
        for result_item_data in self.result:
            result_item = result_item_data.to_dict()
            result.append(result_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
                "result": result,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.global_variable_row import GlobalVariableRow  # noqa: PLC0415

        d = dict(src_dict)
        message = d.pop("message")

        result = []
        _result = d.pop("result")
        for result_item_data in _result:
            result_item = GlobalVariableRow.from_dict(result_item_data)

            result.append(result_item)

        global_variables_response = cls(
            message=message,
            result=result,
        )

        global_variables_response.additional_properties = d
        return global_variables_response

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
