from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.variable_row import VariableRow


T = TypeVar("T", bound="VariableResponse")


@_attrs_define
class VariableResponse:
    """Response model for single variable operations.

    Attributes:
        message (str): Response message
        result (VariableRow):
    """

    message: str
    result: VariableRow
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        result = self.result.to_dict()

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
        from ..models.variable_row import VariableRow  # noqa: PLC0415

        d = dict(src_dict)
        message = d.pop("message")

        result = VariableRow.from_dict(d.pop("result"))

        variable_response = cls(
            message=message,
            result=result,
        )

        variable_response.additional_properties = d
        return variable_response

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
