from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ExplorationSessionConfig")


@_attrs_define
class ExplorationSessionConfig:
    """Per-device-session exploration contract passed from API to worker.

    Attributes:
        run_id (UUID):
        lane_index (int):
        lane_role (str):
        initial_instruction (str):
        mode (Literal['atlas_coverage'] | Unset):  Default: 'atlas_coverage'.
        run_session_id (None | Unset | UUID):
        seed_instructions (None | str | Unset):
        auth_instructions (None | str | Unset):
        max_turns (int | Unset):  Default: 8.
        max_duration_seconds (int | Unset):  Default: 1800.
        atlas_context (None | str | Unset):
    """

    run_id: UUID
    lane_index: int
    lane_role: str
    initial_instruction: str
    mode: Literal["atlas_coverage"] | Unset = "atlas_coverage"
    run_session_id: None | Unset | UUID = UNSET
    seed_instructions: None | str | Unset = UNSET
    auth_instructions: None | str | Unset = UNSET
    max_turns: int | Unset = 8
    max_duration_seconds: int | Unset = 1800
    atlas_context: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        run_id = str(self.run_id)

        lane_index = self.lane_index

        lane_role = self.lane_role

        initial_instruction = self.initial_instruction

        mode = self.mode

        run_session_id: None | str | Unset
        if isinstance(self.run_session_id, Unset):
            run_session_id = UNSET
        elif isinstance(self.run_session_id, UUID):
            run_session_id = str(self.run_session_id)
        else:
            run_session_id = self.run_session_id

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

        max_turns = self.max_turns

        max_duration_seconds = self.max_duration_seconds

        atlas_context: None | str | Unset
        if isinstance(self.atlas_context, Unset):
            atlas_context = UNSET
        else:
            atlas_context = self.atlas_context

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "run_id": run_id,
                "lane_index": lane_index,
                "lane_role": lane_role,
                "initial_instruction": initial_instruction,
            }
        )
        if mode is not UNSET:
            field_dict["mode"] = mode
        if run_session_id is not UNSET:
            field_dict["run_session_id"] = run_session_id
        if seed_instructions is not UNSET:
            field_dict["seed_instructions"] = seed_instructions
        if auth_instructions is not UNSET:
            field_dict["auth_instructions"] = auth_instructions
        if max_turns is not UNSET:
            field_dict["max_turns"] = max_turns
        if max_duration_seconds is not UNSET:
            field_dict["max_duration_seconds"] = max_duration_seconds
        if atlas_context is not UNSET:
            field_dict["atlas_context"] = atlas_context

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        run_id = UUID(d.pop("run_id"))

        lane_index = d.pop("lane_index")

        lane_role = d.pop("lane_role")

        initial_instruction = d.pop("initial_instruction")

        mode = cast(Literal["atlas_coverage"] | Unset, d.pop("mode", UNSET))
        if mode != "atlas_coverage" and not isinstance(mode, Unset):
            raise ValueError(f"mode must match const 'atlas_coverage', got '{mode}'")

        def _parse_run_session_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                run_session_id_type_0 = UUID(data)

                return run_session_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        run_session_id = _parse_run_session_id(d.pop("run_session_id", UNSET))

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

        max_turns = d.pop("max_turns", UNSET)

        max_duration_seconds = d.pop("max_duration_seconds", UNSET)

        def _parse_atlas_context(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        atlas_context = _parse_atlas_context(d.pop("atlas_context", UNSET))

        exploration_session_config = cls(
            run_id=run_id,
            lane_index=lane_index,
            lane_role=lane_role,
            initial_instruction=initial_instruction,
            mode=mode,
            run_session_id=run_session_id,
            seed_instructions=seed_instructions,
            auth_instructions=auth_instructions,
            max_turns=max_turns,
            max_duration_seconds=max_duration_seconds,
            atlas_context=atlas_context,
        )

        exploration_session_config.additional_properties = d
        return exploration_session_config

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
