from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.code_execution_script_update_runtime_type_0 import (
    CodeExecutionScriptUpdateRuntimeType0,
    check_code_execution_script_update_runtime_type_0,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CodeExecutionScriptUpdate")


@_attrs_define
class CodeExecutionScriptUpdate:
    """Model for updating an existing script.

    Attributes:
        name (None | str | Unset): Script name
        code (None | str | Unset): Script code content
        runtime (CodeExecutionScriptUpdateRuntimeType0 | None | Unset): Runtime language
        description (None | str | Unset): Script description
    """

    name: None | str | Unset = UNSET
    code: None | str | Unset = UNSET
    runtime: CodeExecutionScriptUpdateRuntimeType0 | None | Unset = UNSET
    description: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        code: None | str | Unset
        if isinstance(self.code, Unset):
            code = UNSET
        else:
            code = self.code

        runtime: None | str | Unset
        if isinstance(self.runtime, Unset):
            runtime = UNSET
        elif isinstance(self.runtime, str):
            runtime = self.runtime
        else:
            runtime = self.runtime

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if code is not UNSET:
            field_dict["code"] = code
        if runtime is not UNSET:
            field_dict["runtime"] = runtime
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        code = _parse_code(d.pop("code", UNSET))

        def _parse_runtime(data: object) -> CodeExecutionScriptUpdateRuntimeType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                runtime_type_0 = check_code_execution_script_update_runtime_type_0(data)

                return runtime_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CodeExecutionScriptUpdateRuntimeType0 | None | Unset, data)

        runtime = _parse_runtime(d.pop("runtime", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        code_execution_script_update = cls(
            name=name,
            code=code,
            runtime=runtime,
            description=description,
        )

        code_execution_script_update.additional_properties = d
        return code_execution_script_update

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
