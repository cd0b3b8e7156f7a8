from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.code_execution_script_create_runtime import (
    CodeExecutionScriptCreateRuntime,
    check_code_execution_script_create_runtime,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CodeExecutionScriptCreate")


@_attrs_define
class CodeExecutionScriptCreate:
    """Model for creating a new script.

    Attributes:
        name (str): Script name
        code (str): Script code content
        runtime (CodeExecutionScriptCreateRuntime): Runtime language
        description (None | str | Unset): Script description
    """

    name: str
    code: str
    runtime: CodeExecutionScriptCreateRuntime
    description: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        code = self.code

        runtime: str = self.runtime

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "code": code,
                "runtime": runtime,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        code = d.pop("code")

        runtime = check_code_execution_script_create_runtime(d.pop("runtime"))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        code_execution_script_create = cls(
            name=name,
            code=code,
            runtime=runtime,
            description=description,
        )

        code_execution_script_create.additional_properties = d
        return code_execution_script_create

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
