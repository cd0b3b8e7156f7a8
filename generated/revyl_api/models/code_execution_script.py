from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.code_execution_script_runtime import CodeExecutionScriptRuntime, check_code_execution_script_runtime
from ..types import UNSET, Unset

T = TypeVar("T", bound="CodeExecutionScript")


@_attrs_define
class CodeExecutionScript:
    """Full script model with database fields.

    Attributes:
        name (str): Script name
        code (str): Script code content
        runtime (CodeExecutionScriptRuntime | str): Runtime language
        id (UUID): Script ID
        user_id (UUID): User ID who owns the script
        created_at (datetime.datetime): Creation timestamp
        updated_at (datetime.datetime): Last update timestamp
        description (None | str | Unset): Script description
        org_id (None | Unset | UUID): Organization ID
    """

    name: str
    code: str
    runtime: CodeExecutionScriptRuntime | str
    id: UUID
    user_id: UUID
    created_at: datetime.datetime
    updated_at: datetime.datetime
    description: None | str | Unset = UNSET
    org_id: None | Unset | UUID = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        code = self.code

        runtime: str
        if isinstance(self.runtime, str):
            runtime = self.runtime
        else:
            runtime = self.runtime

        id = str(self.id)

        user_id = str(self.user_id)

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        org_id: None | str | Unset
        if isinstance(self.org_id, Unset):
            org_id = UNSET
        elif isinstance(self.org_id, UUID):
            org_id = str(self.org_id)
        else:
            org_id = self.org_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "code": code,
                "runtime": runtime,
                "id": id,
                "user_id": user_id,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if org_id is not UNSET:
            field_dict["org_id"] = org_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        code = d.pop("code")

        def _parse_runtime(data: object) -> CodeExecutionScriptRuntime | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                runtime_type_0 = check_code_execution_script_runtime(data)

                return runtime_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CodeExecutionScriptRuntime | str, data)

        runtime = _parse_runtime(d.pop("runtime"))

        id = UUID(d.pop("id"))

        user_id = UUID(d.pop("user_id"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_org_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                org_id_type_0 = UUID(data)

                return org_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        org_id = _parse_org_id(d.pop("org_id", UNSET))

        code_execution_script = cls(
            name=name,
            code=code,
            runtime=runtime,
            id=id,
            user_id=user_id,
            created_at=created_at,
            updated_at=updated_at,
            description=description,
            org_id=org_id,
        )

        code_execution_script.additional_properties = d
        return code_execution_script

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
