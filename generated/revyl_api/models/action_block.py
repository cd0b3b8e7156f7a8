from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.action_block_type import ActionBlockType, check_action_block_type
from ..models.action_block_variable_scope_type_0 import (
    ActionBlockVariableScopeType0,
    check_action_block_variable_scope_type_0,
)
from ..models.step_type import StepType, check_step_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="ActionBlock")


@_attrs_define
class ActionBlock:
    """Block for actions (instructions, extraction, manual, validation, code_execution, module_import).

    Attributes:
        type_ (ActionBlockType): Must be one of: instructions, extraction, manual, validation, code_execution,
            module_import
        id (None | str | Unset): Unique identifier for the block (auto-generated if not provided)
        step_type (None | StepType | str | Unset): Type of step action (inferred when omitted)
        step_description (None | str | Unset): Authored step text or legacy payload. Optional for canonical reference
            blocks such as code_execution.script, module_import.module, download_file.file, and no-parameter manual steps.
        variable_name (None | str | Unset): Name of the variable captured by extraction blocks
        variable_scope (ActionBlockVariableScopeType0 | None | Unset): Scope of the variable assigned by extraction or
            code-execution blocks. 'test' (or omitted) writes to the test-scoped variables table; 'global' writes to a pre-
            existing, non-secret org-level global variable.
        module_id (None | str | Unset): ID of the module to import (for module_import blocks)
        script_id (None | str | Unset): Resolved script UUID for code_execution blocks
        module (None | str | Unset): Canonical module name for module_import blocks in authored YAML/product payloads
        script (None | str | Unset): Canonical script name for code_execution blocks in authored YAML/product payloads
        file (None | str | Unset): Canonical org file name for download_file / play_audio blocks in authored
            YAML/product payloads
        file_uri (None | str | Unset): Resolved revyl-file:// URI for download_file / play_audio blocks
    """

    type_: ActionBlockType
    id: None | str | Unset = UNSET
    step_type: None | StepType | str | Unset = UNSET
    step_description: None | str | Unset = UNSET
    variable_name: None | str | Unset = UNSET
    variable_scope: ActionBlockVariableScopeType0 | None | Unset = UNSET
    module_id: None | str | Unset = UNSET
    script_id: None | str | Unset = UNSET
    module: None | str | Unset = UNSET
    script: None | str | Unset = UNSET
    file: None | str | Unset = UNSET
    file_uri: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        step_type: None | str | Unset
        if isinstance(self.step_type, Unset):
            step_type = UNSET
        elif isinstance(self.step_type, str):
            step_type = self.step_type
        else:
            step_type = self.step_type

        step_description: None | str | Unset
        if isinstance(self.step_description, Unset):
            step_description = UNSET
        else:
            step_description = self.step_description

        variable_name: None | str | Unset
        if isinstance(self.variable_name, Unset):
            variable_name = UNSET
        else:
            variable_name = self.variable_name

        variable_scope: None | str | Unset
        if isinstance(self.variable_scope, Unset):
            variable_scope = UNSET
        elif isinstance(self.variable_scope, str):
            variable_scope = self.variable_scope
        else:
            variable_scope = self.variable_scope

        module_id: None | str | Unset
        if isinstance(self.module_id, Unset):
            module_id = UNSET
        else:
            module_id = self.module_id

        script_id: None | str | Unset
        if isinstance(self.script_id, Unset):
            script_id = UNSET
        else:
            script_id = self.script_id

        module: None | str | Unset
        if isinstance(self.module, Unset):
            module = UNSET
        else:
            module = self.module

        script: None | str | Unset
        if isinstance(self.script, Unset):
            script = UNSET
        else:
            script = self.script

        file: None | str | Unset
        if isinstance(self.file, Unset):
            file = UNSET
        else:
            file = self.file

        file_uri: None | str | Unset
        if isinstance(self.file_uri, Unset):
            file_uri = UNSET
        else:
            file_uri = self.file_uri

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if step_type is not UNSET:
            field_dict["step_type"] = step_type
        if step_description is not UNSET:
            field_dict["step_description"] = step_description
        if variable_name is not UNSET:
            field_dict["variable_name"] = variable_name
        if variable_scope is not UNSET:
            field_dict["variable_scope"] = variable_scope
        if module_id is not UNSET:
            field_dict["module_id"] = module_id
        if script_id is not UNSET:
            field_dict["script_id"] = script_id
        if module is not UNSET:
            field_dict["module"] = module
        if script is not UNSET:
            field_dict["script"] = script
        if file is not UNSET:
            field_dict["file"] = file
        if file_uri is not UNSET:
            field_dict["file_uri"] = file_uri

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = check_action_block_type(d.pop("type"))

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_step_type(data: object) -> None | StepType | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                step_type_type_1 = check_step_type(data)

                return step_type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | StepType | str | Unset, data)

        step_type = _parse_step_type(d.pop("step_type", UNSET))

        def _parse_step_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        step_description = _parse_step_description(d.pop("step_description", UNSET))

        def _parse_variable_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        variable_name = _parse_variable_name(d.pop("variable_name", UNSET))

        def _parse_variable_scope(data: object) -> ActionBlockVariableScopeType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                variable_scope_type_0 = check_action_block_variable_scope_type_0(data)

                return variable_scope_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ActionBlockVariableScopeType0 | None | Unset, data)

        variable_scope = _parse_variable_scope(d.pop("variable_scope", UNSET))

        def _parse_module_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        module_id = _parse_module_id(d.pop("module_id", UNSET))

        def _parse_script_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        script_id = _parse_script_id(d.pop("script_id", UNSET))

        def _parse_module(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        module = _parse_module(d.pop("module", UNSET))

        def _parse_script(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        script = _parse_script(d.pop("script", UNSET))

        def _parse_file(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        file = _parse_file(d.pop("file", UNSET))

        def _parse_file_uri(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        file_uri = _parse_file_uri(d.pop("file_uri", UNSET))

        action_block = cls(
            type_=type_,
            id=id,
            step_type=step_type,
            step_description=step_description,
            variable_name=variable_name,
            variable_scope=variable_scope,
            module_id=module_id,
            script_id=script_id,
            module=module,
            script=script,
            file=file,
            file_uri=file_uri,
        )

        action_block.additional_properties = d
        return action_block

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
