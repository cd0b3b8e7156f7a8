from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.module_response import ModuleResponse


T = TypeVar("T", bound="ModuleRestoreVersionResponse")


@_attrs_define
class ModuleRestoreVersionResponse:
    """Response after restoring a module version

    Attributes:
        message (str):
        result (ModuleResponse): Response model for a single module
        new_version (int):
        restored_from (int):
    """

    message: str
    result: ModuleResponse
    new_version: int
    restored_from: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        result = self.result.to_dict()

        new_version = self.new_version

        restored_from = self.restored_from

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
                "result": result,
                "new_version": new_version,
                "restored_from": restored_from,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.module_response import ModuleResponse  # noqa: PLC0415

        d = dict(src_dict)
        message = d.pop("message")

        result = ModuleResponse.from_dict(d.pop("result"))

        new_version = d.pop("new_version")

        restored_from = d.pop("restored_from")

        module_restore_version_response = cls(
            message=message,
            result=result,
            new_version=new_version,
            restored_from=restored_from,
        )

        module_restore_version_response.additional_properties = d
        return module_restore_version_response

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
