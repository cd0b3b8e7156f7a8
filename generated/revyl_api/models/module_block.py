from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ModuleBlock")


@_attrs_define
class ModuleBlock:
    """Individual block within a module - matches FrontendBlock structure.

    The id field is auto-generated if not provided, so blocks from any client
    (frontend, CLI, direct API) are always stored with valid IDs.

        Attributes:
            type_ (str):
            id (None | str | Unset): Block ID (auto-generated if not provided)
            step_type (None | str | Unset):
            step_description (None | str | Unset):
            condition (None | str | Unset):
            variable_name (None | str | Unset):
            variable_scope (None | str | Unset):
            module_id (None | str | Unset):
            script_id (None | str | Unset):
            module (None | str | Unset):
            script (None | str | Unset):
            file (None | str | Unset):
            file_uri (None | str | Unset):
            then_children (list[ModuleBlock] | None | Unset):
            else_children (list[ModuleBlock] | None | Unset):
            children (list[ModuleBlock] | None | Unset):
    """

    type_: str
    id: None | str | Unset = UNSET
    step_type: None | str | Unset = UNSET
    step_description: None | str | Unset = UNSET
    condition: None | str | Unset = UNSET
    variable_name: None | str | Unset = UNSET
    variable_scope: None | str | Unset = UNSET
    module_id: None | str | Unset = UNSET
    script_id: None | str | Unset = UNSET
    module: None | str | Unset = UNSET
    script: None | str | Unset = UNSET
    file: None | str | Unset = UNSET
    file_uri: None | str | Unset = UNSET
    then_children: list[ModuleBlock] | None | Unset = UNSET
    else_children: list[ModuleBlock] | None | Unset = UNSET
    children: list[ModuleBlock] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        step_type: None | str | Unset
        if isinstance(self.step_type, Unset):
            step_type = UNSET
        else:
            step_type = self.step_type

        step_description: None | str | Unset
        if isinstance(self.step_description, Unset):
            step_description = UNSET
        else:
            step_description = self.step_description

        condition: None | str | Unset
        if isinstance(self.condition, Unset):
            condition = UNSET
        else:
            condition = self.condition

        variable_name: None | str | Unset
        if isinstance(self.variable_name, Unset):
            variable_name = UNSET
        else:
            variable_name = self.variable_name

        variable_scope: None | str | Unset
        if isinstance(self.variable_scope, Unset):
            variable_scope = UNSET
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

        then_children: list[dict[str, Any]] | None | Unset
        if isinstance(self.then_children, Unset):
            then_children = UNSET
        elif isinstance(self.then_children, list):
            then_children = []
            for then_children_type_0_item_data in self.then_children:
                then_children_type_0_item = then_children_type_0_item_data.to_dict()
                then_children.append(then_children_type_0_item)

        else:
            then_children = self.then_children

        else_children: list[dict[str, Any]] | None | Unset
        if isinstance(self.else_children, Unset):
            else_children = UNSET
        elif isinstance(self.else_children, list):
            else_children = []
            for else_children_type_0_item_data in self.else_children:
                else_children_type_0_item = else_children_type_0_item_data.to_dict()
                else_children.append(else_children_type_0_item)

        else:
            else_children = self.else_children

        children: list[dict[str, Any]] | None | Unset
        if isinstance(self.children, Unset):
            children = UNSET
        elif isinstance(self.children, list):
            children = []
            for children_type_0_item_data in self.children:
                children_type_0_item = children_type_0_item_data.to_dict()
                children.append(children_type_0_item)

        else:
            children = self.children

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
        if condition is not UNSET:
            field_dict["condition"] = condition
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
        if then_children is not UNSET:
            field_dict["thenChildren"] = then_children
        if else_children is not UNSET:
            field_dict["elseChildren"] = else_children
        if children is not UNSET:
            field_dict["children"] = children

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = d.pop("type")

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_step_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        step_type = _parse_step_type(d.pop("step_type", UNSET))

        def _parse_step_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        step_description = _parse_step_description(d.pop("step_description", UNSET))

        def _parse_condition(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        condition = _parse_condition(d.pop("condition", UNSET))

        def _parse_variable_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        variable_name = _parse_variable_name(d.pop("variable_name", UNSET))

        def _parse_variable_scope(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

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

        def _parse_then_children(data: object) -> list[ModuleBlock] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                then_children_type_0 = []
                _then_children_type_0 = data
                for then_children_type_0_item_data in _then_children_type_0:
                    then_children_type_0_item = ModuleBlock.from_dict(then_children_type_0_item_data)

                    then_children_type_0.append(then_children_type_0_item)

                return then_children_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ModuleBlock] | None | Unset, data)

        then_children = _parse_then_children(d.pop("thenChildren", UNSET))

        def _parse_else_children(data: object) -> list[ModuleBlock] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                else_children_type_0 = []
                _else_children_type_0 = data
                for else_children_type_0_item_data in _else_children_type_0:
                    else_children_type_0_item = ModuleBlock.from_dict(else_children_type_0_item_data)

                    else_children_type_0.append(else_children_type_0_item)

                return else_children_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ModuleBlock] | None | Unset, data)

        else_children = _parse_else_children(d.pop("elseChildren", UNSET))

        def _parse_children(data: object) -> list[ModuleBlock] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                children_type_0 = []
                _children_type_0 = data
                for children_type_0_item_data in _children_type_0:
                    children_type_0_item = ModuleBlock.from_dict(children_type_0_item_data)

                    children_type_0.append(children_type_0_item)

                return children_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ModuleBlock] | None | Unset, data)

        children = _parse_children(d.pop("children", UNSET))

        module_block = cls(
            type_=type_,
            id=id,
            step_type=step_type,
            step_description=step_description,
            condition=condition,
            variable_name=variable_name,
            variable_scope=variable_scope,
            module_id=module_id,
            script_id=script_id,
            module=module,
            script=script,
            file=file,
            file_uri=file_uri,
            then_children=then_children,
            else_children=else_children,
            children=children,
        )

        module_block.additional_properties = d
        return module_block

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
