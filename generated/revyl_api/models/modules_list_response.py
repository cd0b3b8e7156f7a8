from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.module_response import ModuleResponse


T = TypeVar("T", bound="ModulesListResponse")


@_attrs_define
class ModulesListResponse:
    """Response model for listing modules

    Attributes:
        message (str):
        result (list[ModuleResponse]):
    """

    message: str
    result: list[ModuleResponse]
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
        from ..models.module_response import ModuleResponse  # noqa: PLC0415

        d = dict(src_dict)
        message = d.pop("message")

        result = []
        _result = d.pop("result")
        for result_item_data in _result:
            result_item = ModuleResponse.from_dict(result_item_data)

            result.append(result_item)

        modules_list_response = cls(
            message=message,
            result=result,
        )

        modules_list_response.additional_properties = d
        return modules_list_response

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
