from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.action_block import ActionBlock
    from ..models.if_block import IfBlock


T = TypeVar("T", bound="WhileBlock")


@_attrs_define
class WhileBlock:
    """Block for loop logic.

    Attributes:
        type_ (Literal['while']):
        id (None | str | Unset): Unique identifier for the block (auto-generated if not provided)
        step_description (None | str | Unset): Condition to evaluate for loop continuation (alternative to 'condition')
        condition (None | str | Unset): Condition to evaluate for loop continuation (alternative to 'step_description')
        children (list[ActionBlock | IfBlock | WhileBlock] | Unset): Blocks to execute in the loop
    """

    type_: Literal["while"]
    id: None | str | Unset = UNSET
    step_description: None | str | Unset = UNSET
    condition: None | str | Unset = UNSET
    children: list[ActionBlock | IfBlock | WhileBlock] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.action_block import ActionBlock  # noqa: PLC0415
        from ..models.if_block import IfBlock  # noqa: PLC0415

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

        children: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.children, Unset):
            children = []
            for children_item_data in self.children:
                children_item: dict[str, Any]
                if isinstance(children_item_data, ActionBlock):
                    children_item = children_item_data.to_dict()
                elif isinstance(children_item_data, IfBlock):
                    children_item = children_item_data.to_dict()
                else:
                    children_item = children_item_data.to_dict()

                children.append(children_item)

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
        if children is not UNSET:
            field_dict["children"] = children

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.action_block import ActionBlock  # noqa: PLC0415
        from ..models.if_block import IfBlock  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["while"], d.pop("type"))
        if type_ != "while":
            raise ValueError(f"type must match const 'while', got '{type_}'")

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

        _children = d.pop("children", UNSET)
        children: list[ActionBlock | IfBlock | WhileBlock] | Unset = UNSET
        if _children is not UNSET:
            children = []
            for children_item_data in _children:

                def _parse_children_item(data: object) -> ActionBlock | IfBlock | WhileBlock:
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        children_item_type_0 = ActionBlock.from_dict(data)

                        return children_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        children_item_type_1 = IfBlock.from_dict(data)

                        return children_item_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    children_item_type_2 = WhileBlock.from_dict(data)

                    return children_item_type_2

                children_item = _parse_children_item(children_item_data)

                children.append(children_item)

        while_block = cls(
            type_=type_,
            id=id,
            step_description=step_description,
            condition=condition,
            children=children,
        )

        while_block.additional_properties = d
        return while_block

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
