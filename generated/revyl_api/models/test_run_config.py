from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.cache_retry_mode import CacheRetryMode, check_cache_retry_mode
from ..models.fallback_trigger import FallbackTrigger, check_fallback_trigger
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.execution_mode_config import ExecutionModeConfig
    from ..models.llm_config import LLMConfig


T = TypeVar("T", bound="TestRunConfig")


@_attrs_define
class TestRunConfig:
    """Complete configuration for a test run.

    Attributes:
        llm_config (LLMConfig | Unset): Configuration for LLM models used in different stages.
        execution_mode (ExecutionModeConfig | Unset): Configuration for execution modes and features.
        run_id (None | Unset | UUID):
        cache_retry_mode (CacheRetryMode | Unset): Cache retry policy for test execution.

            - NONE: No cache fallback, fail if cached steps fail
            - FULL_RERUN: If cached run fails, rerun entire test without cache
        fallback_trigger (FallbackTrigger | Unset): When to trigger cache fallback.

            - FINAL_FAIL: Only trigger fallback if overall test fails
        disable_grid (bool | None | Unset): Admin-only: Disable grid preprocessing for grounding
        fail_fast (bool | Unset): When true, the test halts immediately on the first failed validation or non-zero
            script exit code instead of continuing through remaining steps. Default: False.
    """

    llm_config: LLMConfig | Unset = UNSET
    execution_mode: ExecutionModeConfig | Unset = UNSET
    run_id: None | Unset | UUID = UNSET
    cache_retry_mode: CacheRetryMode | Unset = UNSET
    fallback_trigger: FallbackTrigger | Unset = UNSET
    disable_grid: bool | None | Unset = UNSET
    fail_fast: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        llm_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.llm_config, Unset):
            llm_config = self.llm_config.to_dict()

        execution_mode: dict[str, Any] | Unset = UNSET
        if not isinstance(self.execution_mode, Unset):
            execution_mode = self.execution_mode.to_dict()

        run_id: None | str | Unset
        if isinstance(self.run_id, Unset):
            run_id = UNSET
        elif isinstance(self.run_id, UUID):
            run_id = str(self.run_id)
        else:
            run_id = self.run_id

        cache_retry_mode: str | Unset = UNSET
        if not isinstance(self.cache_retry_mode, Unset):
            cache_retry_mode = self.cache_retry_mode

        fallback_trigger: str | Unset = UNSET
        if not isinstance(self.fallback_trigger, Unset):
            fallback_trigger = self.fallback_trigger

        disable_grid: bool | None | Unset
        if isinstance(self.disable_grid, Unset):
            disable_grid = UNSET
        else:
            disable_grid = self.disable_grid

        fail_fast = self.fail_fast

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if llm_config is not UNSET:
            field_dict["llm_config"] = llm_config
        if execution_mode is not UNSET:
            field_dict["execution_mode"] = execution_mode
        if run_id is not UNSET:
            field_dict["run_id"] = run_id
        if cache_retry_mode is not UNSET:
            field_dict["cache_retry_mode"] = cache_retry_mode
        if fallback_trigger is not UNSET:
            field_dict["fallback_trigger"] = fallback_trigger
        if disable_grid is not UNSET:
            field_dict["disable_grid"] = disable_grid
        if fail_fast is not UNSET:
            field_dict["fail_fast"] = fail_fast

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.execution_mode_config import ExecutionModeConfig  # noqa: PLC0415
        from ..models.llm_config import LLMConfig  # noqa: PLC0415

        d = dict(src_dict)
        _llm_config = d.pop("llm_config", UNSET)
        llm_config: LLMConfig | Unset
        if isinstance(_llm_config, Unset):
            llm_config = UNSET
        else:
            llm_config = LLMConfig.from_dict(_llm_config)

        _execution_mode = d.pop("execution_mode", UNSET)
        execution_mode: ExecutionModeConfig | Unset
        if isinstance(_execution_mode, Unset):
            execution_mode = UNSET
        else:
            execution_mode = ExecutionModeConfig.from_dict(_execution_mode)

        def _parse_run_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                run_id_type_0 = UUID(data)

                return run_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        run_id = _parse_run_id(d.pop("run_id", UNSET))

        _cache_retry_mode = d.pop("cache_retry_mode", UNSET)
        cache_retry_mode: CacheRetryMode | Unset
        if isinstance(_cache_retry_mode, Unset):
            cache_retry_mode = UNSET
        else:
            cache_retry_mode = check_cache_retry_mode(_cache_retry_mode)

        _fallback_trigger = d.pop("fallback_trigger", UNSET)
        fallback_trigger: FallbackTrigger | Unset
        if isinstance(_fallback_trigger, Unset):
            fallback_trigger = UNSET
        else:
            fallback_trigger = check_fallback_trigger(_fallback_trigger)

        def _parse_disable_grid(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        disable_grid = _parse_disable_grid(d.pop("disable_grid", UNSET))

        fail_fast = d.pop("fail_fast", UNSET)

        test_run_config = cls(
            llm_config=llm_config,
            execution_mode=execution_mode,
            run_id=run_id,
            cache_retry_mode=cache_retry_mode,
            fallback_trigger=fallback_trigger,
            disable_grid=disable_grid,
            fail_fast=fail_fast,
        )

        test_run_config.additional_properties = d
        return test_run_config

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
