from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.exploration_lane_start_input_env_vars import ExplorationLaneStartInputEnvVars
    from ..models.exploration_lane_workflow_input import ExplorationLaneWorkflowInput
    from ..models.test_run_config import TestRunConfig


T = TypeVar("T", bound="ExplorationLaneStartInput")


@_attrs_define
class ExplorationLaneStartInput:
    """
    Attributes:
        lane (ExplorationLaneWorkflowInput):
        build_id (None | Unset | UUID):
        platform (str | Unset):  Default: 'ios'.
        seed_instructions (None | str | Unset):
        auth_instructions (None | str | Unset):
        launch_env_var_ids (list[UUID] | Unset):
        env_vars (ExplorationLaneStartInputEnvVars | Unset):
        run_config (None | TestRunConfig | Unset):
        idle_timeout_seconds (int | None | Unset):  Default: 900.
        device_model (None | str | Unset):
        os_version (None | str | Unset):
        max_turns (int | Unset):  Default: 8.
        max_duration_seconds (int | Unset):  Default: 1800.
    """

    lane: ExplorationLaneWorkflowInput
    build_id: None | Unset | UUID = UNSET
    platform: str | Unset = "ios"
    seed_instructions: None | str | Unset = UNSET
    auth_instructions: None | str | Unset = UNSET
    launch_env_var_ids: list[UUID] | Unset = UNSET
    env_vars: ExplorationLaneStartInputEnvVars | Unset = UNSET
    run_config: None | TestRunConfig | Unset = UNSET
    idle_timeout_seconds: int | None | Unset = 900
    device_model: None | str | Unset = UNSET
    os_version: None | str | Unset = UNSET
    max_turns: int | Unset = 8
    max_duration_seconds: int | Unset = 1800
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.test_run_config import TestRunConfig  # noqa: PLC0415

        lane = self.lane.to_dict()

        build_id: None | str | Unset
        if isinstance(self.build_id, Unset):
            build_id = UNSET
        elif isinstance(self.build_id, UUID):
            build_id = str(self.build_id)
        else:
            build_id = self.build_id

        platform = self.platform

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

        launch_env_var_ids: list[str] | Unset = UNSET
        if not isinstance(self.launch_env_var_ids, Unset):
            launch_env_var_ids = []
            for launch_env_var_ids_item_data in self.launch_env_var_ids:
                launch_env_var_ids_item = str(launch_env_var_ids_item_data)
                launch_env_var_ids.append(launch_env_var_ids_item)

        env_vars: dict[str, Any] | Unset = UNSET
        if not isinstance(self.env_vars, Unset):
            env_vars = self.env_vars.to_dict()

        run_config: dict[str, Any] | None | Unset
        if isinstance(self.run_config, Unset):
            run_config = UNSET
        elif isinstance(self.run_config, TestRunConfig):
            run_config = self.run_config.to_dict()
        else:
            run_config = self.run_config

        idle_timeout_seconds: int | None | Unset
        if isinstance(self.idle_timeout_seconds, Unset):
            idle_timeout_seconds = UNSET
        else:
            idle_timeout_seconds = self.idle_timeout_seconds

        device_model: None | str | Unset
        if isinstance(self.device_model, Unset):
            device_model = UNSET
        else:
            device_model = self.device_model

        os_version: None | str | Unset
        if isinstance(self.os_version, Unset):
            os_version = UNSET
        else:
            os_version = self.os_version

        max_turns = self.max_turns

        max_duration_seconds = self.max_duration_seconds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "lane": lane,
            }
        )
        if build_id is not UNSET:
            field_dict["build_id"] = build_id
        if platform is not UNSET:
            field_dict["platform"] = platform
        if seed_instructions is not UNSET:
            field_dict["seed_instructions"] = seed_instructions
        if auth_instructions is not UNSET:
            field_dict["auth_instructions"] = auth_instructions
        if launch_env_var_ids is not UNSET:
            field_dict["launch_env_var_ids"] = launch_env_var_ids
        if env_vars is not UNSET:
            field_dict["env_vars"] = env_vars
        if run_config is not UNSET:
            field_dict["run_config"] = run_config
        if idle_timeout_seconds is not UNSET:
            field_dict["idle_timeout_seconds"] = idle_timeout_seconds
        if device_model is not UNSET:
            field_dict["device_model"] = device_model
        if os_version is not UNSET:
            field_dict["os_version"] = os_version
        if max_turns is not UNSET:
            field_dict["max_turns"] = max_turns
        if max_duration_seconds is not UNSET:
            field_dict["max_duration_seconds"] = max_duration_seconds

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.exploration_lane_start_input_env_vars import ExplorationLaneStartInputEnvVars  # noqa: PLC0415
        from ..models.exploration_lane_workflow_input import ExplorationLaneWorkflowInput  # noqa: PLC0415
        from ..models.test_run_config import TestRunConfig  # noqa: PLC0415

        d = dict(src_dict)
        lane = ExplorationLaneWorkflowInput.from_dict(d.pop("lane"))

        def _parse_build_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                build_id_type_0 = UUID(data)

                return build_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        build_id = _parse_build_id(d.pop("build_id", UNSET))

        platform = d.pop("platform", UNSET)

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

        _launch_env_var_ids = d.pop("launch_env_var_ids", UNSET)
        launch_env_var_ids: list[UUID] | Unset = UNSET
        if _launch_env_var_ids is not UNSET:
            launch_env_var_ids = []
            for launch_env_var_ids_item_data in _launch_env_var_ids:
                launch_env_var_ids_item = UUID(launch_env_var_ids_item_data)

                launch_env_var_ids.append(launch_env_var_ids_item)

        _env_vars = d.pop("env_vars", UNSET)
        env_vars: ExplorationLaneStartInputEnvVars | Unset
        if isinstance(_env_vars, Unset):
            env_vars = UNSET
        else:
            env_vars = ExplorationLaneStartInputEnvVars.from_dict(_env_vars)

        def _parse_run_config(data: object) -> None | TestRunConfig | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                run_config_type_0 = TestRunConfig.from_dict(data)

                return run_config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TestRunConfig | Unset, data)

        run_config = _parse_run_config(d.pop("run_config", UNSET))

        def _parse_idle_timeout_seconds(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        idle_timeout_seconds = _parse_idle_timeout_seconds(d.pop("idle_timeout_seconds", UNSET))

        def _parse_device_model(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        device_model = _parse_device_model(d.pop("device_model", UNSET))

        def _parse_os_version(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        os_version = _parse_os_version(d.pop("os_version", UNSET))

        max_turns = d.pop("max_turns", UNSET)

        max_duration_seconds = d.pop("max_duration_seconds", UNSET)

        exploration_lane_start_input = cls(
            lane=lane,
            build_id=build_id,
            platform=platform,
            seed_instructions=seed_instructions,
            auth_instructions=auth_instructions,
            launch_env_var_ids=launch_env_var_ids,
            env_vars=env_vars,
            run_config=run_config,
            idle_timeout_seconds=idle_timeout_seconds,
            device_model=device_model,
            os_version=os_version,
            max_turns=max_turns,
            max_duration_seconds=max_duration_seconds,
        )

        exploration_lane_start_input.additional_properties = d
        return exploration_lane_start_input

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
