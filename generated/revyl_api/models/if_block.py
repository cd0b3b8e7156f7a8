from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.action_block import ActionBlock
    from ..models.while_block import WhileBlock


T = TypeVar("T", bound="IfBlock")


@_attrs_define
class IfBlock:
    """Block for conditional logic.

    Attributes:
        type_ (Literal['if']):
        id (None | str | Unset): Unique identifier for the block (auto-generated if not provided)
        step_description (None | str | Unset): Condition to evaluate (alternative to 'condition')
        condition (None | str | Unset): Condition to evaluate (alternative to 'step_description')
        then_children (list[ActionBlock | IfBlock | WhileBlock] | Unset): Blocks to execute if condition is true
        else_children (list[ActionBlock | IfBlock | WhileBlock] | Unset): Blocks to execute if condition is false
    """

    type_: Literal["if"]
    id: None | str | Unset = UNSET
    step_description: None | str | Unset = UNSET
    condition: None | str | Unset = UNSET
    then_children: list[ActionBlock | IfBlock | WhileBlock] | Unset = UNSET
    else_children: list[ActionBlock | IfBlock | WhileBlock] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.action_block import ActionBlock  # noqa: PLC0415

        type_ = self.type_

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

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

        then_children: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.then_children, Unset):
            then_children = []
            for then_children_item_data in self.then_children:
                then_children_item: dict[str, Any]
                if isinstance(then_children_item_data, ActionBlock):
                    then_children_item = then_children_item_data.to_dict()
                elif isinstance(then_children_item_data, IfBlock):
                    then_children_item = then_children_item_data.to_dict()
                else:
                    then_children_item = then_children_item_data.to_dict()

                then_children.append(then_children_item)

        else_children: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.else_children, Unset):
            else_children = []
            for else_children_item_data in self.else_children:
                else_children_item: dict[str, Any]
                if isinstance(else_children_item_data, ActionBlock):
                    else_children_item = else_children_item_data.to_dict()
                elif isinstance(else_children_item_data, IfBlock):
                    else_children_item = else_children_item_data.to_dict()
                else:
                    else_children_item = else_children_item_data.to_dict()

                else_children.append(else_children_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if step_description is not UNSET:
            field_dict["step_description"] = step_description
        if condition is not UNSET:
            field_dict["condition"] = condition
        if then_children is not UNSET:
            field_dict["thenChildren"] = then_children
        if else_children is not UNSET:
            field_dict["elseChildren"] = else_children

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.action_block import ActionBlock  # noqa: PLC0415
        from ..models.while_block import WhileBlock  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["if"], d.pop("type"))
        if type_ != "if":
            raise ValueError(f"type must match const 'if', got '{type_}'")

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

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

        _then_children = d.pop("thenChildren", UNSET)
        then_children: list[ActionBlock | IfBlock | WhileBlock] | Unset = UNSET
        if _then_children is not UNSET:
            then_children = []
            for then_children_item_data in _then_children:

                def _parse_then_children_item(data: object) -> ActionBlock | IfBlock | WhileBlock:
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        then_children_item_type_0 = ActionBlock.from_dict(data)

                        return then_children_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        then_children_item_type_1 = IfBlock.from_dict(data)

                        return then_children_item_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    then_children_item_type_2 = WhileBlock.from_dict(data)

                    return then_children_item_type_2

                then_children_item = _parse_then_children_item(then_children_item_data)

                then_children.append(then_children_item)

        _else_children = d.pop("elseChildren", UNSET)
        else_children: list[ActionBlock | IfBlock | WhileBlock] | Unset = UNSET
        if _else_children is not UNSET:
            else_children = []
            for else_children_item_data in _else_children:

                def _parse_else_children_item(data: object) -> ActionBlock | IfBlock | WhileBlock:
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        else_children_item_type_0 = ActionBlock.from_dict(data)

                        return else_children_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        else_children_item_type_1 = IfBlock.from_dict(data)

                        return else_children_item_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    else_children_item_type_2 = WhileBlock.from_dict(data)

                    return else_children_item_type_2

                else_children_item = _parse_else_children_item(else_children_item_data)

                else_children.append(else_children_item)

        if_block = cls(
            type_=type_,
            id=id,
            step_description=step_description,
            condition=condition,
            then_children=then_children,
            else_children=else_children,
        )

        if_block.additional_properties = d
        return if_block

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
