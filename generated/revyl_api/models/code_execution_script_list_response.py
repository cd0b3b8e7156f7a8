from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.code_execution_script import CodeExecutionScript


T = TypeVar("T", bound="CodeExecutionScriptListResponse")


@_attrs_define
class CodeExecutionScriptListResponse:
    """Response model for listing scripts.

    Attributes:
        scripts (list[CodeExecutionScript]): List of scripts
        count (int): Total count of scripts
    """

    scripts: list[CodeExecutionScript]
    count: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        scripts = []
        for scripts_item_data in self.scripts:
            scripts_item = scripts_item_data.to_dict()
            scripts.append(scripts_item)

        count = self.count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "scripts": scripts,
                "count": count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.code_execution_script import CodeExecutionScript  # noqa: PLC0415

        d = dict(src_dict)
        scripts = []
        _scripts = d.pop("scripts")
        for scripts_item_data in _scripts:
            scripts_item = CodeExecutionScript.from_dict(scripts_item_data)

            scripts.append(scripts_item)

        count = d.pop("count")

        code_execution_script_list_response = cls(
            scripts=scripts,
            count=count,
        )

        code_execution_script_list_response.additional_properties = d
        return code_execution_script_list_response

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
