from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ExplorationLaneWorkflowInput")


@_attrs_define
class ExplorationLaneWorkflowInput:
    """
    Attributes:
        lane_index (int):
        role (None | str | Unset):
        seed_instructions (None | str | Unset):
        auth_instructions (None | str | Unset):
    """

    lane_index: int
    role: None | str | Unset = UNSET
    seed_instructions: None | str | Unset = UNSET
    auth_instructions: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        lane_index = self.lane_index

        role: None | str | Unset
        if isinstance(self.role, Unset):
            role = UNSET
        else:
            role = self.role

        seed_instructions: None | str | Unset
        if isinstance(self.seed_instructions, Unset):
            seed_instructions = UNSET
        else:
            seed_instructions = self.seed_instructions

        auth_instructions: None | str | Unset
        if isinstance(self.auth_instructions, Unset):
            auth_instructions = UNSET
        else:
            auth_instructions = self.auth_instructions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "lane_index": lane_index,
            }
        )
        if role is not UNSET:
            field_dict["role"] = role
        if seed_instructions is not UNSET:
            field_dict["seed_instructions"] = seed_instructions
        if auth_instructions is not UNSET:
            field_dict["auth_instructions"] = auth_instructions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        lane_index = d.pop("lane_index")

        def _parse_role(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        role = _parse_role(d.pop("role", UNSET))

        def _parse_seed_instructions(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        seed_instructions = _parse_seed_instructions(d.pop("seed_instructions", UNSET))

        def _parse_auth_instructions(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        auth_instructions = _parse_auth_instructions(d.pop("auth_instructions", UNSET))

        exploration_lane_workflow_input = cls(
            lane_index=lane_index,
            role=role,
            seed_instructions=seed_instructions,
            auth_instructions=auth_instructions,
        )

        exploration_lane_workflow_input.additional_properties = d
        return exploration_lane_workflow_input

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
