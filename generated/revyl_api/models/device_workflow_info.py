from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.device_workflow_info_variable_overrides_type_0 import DeviceWorkflowInfoVariableOverridesType0
    from ..models.test_run_config import TestRunConfig
    from ..models.workflow_app_config import WorkflowAppConfig


T = TypeVar("T", bound="DeviceWorkflowInfo")


@_attrs_define
class DeviceWorkflowInfo:
    """Request model for triggering workflow execution.

    Attributes:
        workflow_id: UUID of the workflow to execute.
        run_config: Optional run configuration override for workflow-triggered tests.
        build_config: Optional build configuration override for this execution.
        override_build_config: When True with build_config, overrides test builds.
        variable_overrides: Runtime variable overrides applied to every child test.

        Attributes:
            workflow_id (UUID):
            run_config (None | TestRunConfig | Unset):
            build_config (None | Unset | WorkflowAppConfig): Build configuration override for this workflow execution
            override_build_config (bool | Unset): When True, build_config overrides individual test build configurations
                Default: False.
            variable_overrides (DeviceWorkflowInfoVariableOverridesType0 | None | Unset): Runtime variable overrides applied
                to every child test in this workflow execution
    """

    workflow_id: UUID
    run_config: None | TestRunConfig | Unset = UNSET
    build_config: None | Unset | WorkflowAppConfig = UNSET
    override_build_config: bool | Unset = False
    variable_overrides: DeviceWorkflowInfoVariableOverridesType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.device_workflow_info_variable_overrides_type_0 import DeviceWorkflowInfoVariableOverridesType0  # noqa: PLC0415
        from ..models.test_run_config import TestRunConfig  # noqa: PLC0415
        from ..models.workflow_app_config import WorkflowAppConfig  # noqa: PLC0415

        workflow_id = str(self.workflow_id)

        run_config: dict[str, Any] | None | Unset
        if isinstance(self.run_config, Unset):
            run_config = UNSET
        elif isinstance(self.run_config, TestRunConfig):
            run_config = self.run_config.to_dict()
        else:
            run_config = self.run_config

        build_config: dict[str, Any] | None | Unset
        if isinstance(self.build_config, Unset):
            build_config = UNSET
        elif isinstance(self.build_config, WorkflowAppConfig):
            build_config = self.build_config.to_dict()
        else:
            build_config = self.build_config

        override_build_config = self.override_build_config

        variable_overrides: dict[str, Any] | None | Unset
        if isinstance(self.variable_overrides, Unset):
            variable_overrides = UNSET
        elif isinstance(self.variable_overrides, DeviceWorkflowInfoVariableOverridesType0):
            variable_overrides = self.variable_overrides.to_dict()
        else:
            variable_overrides = self.variable_overrides

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "workflow_id": workflow_id,
            }
        )
        if run_config is not UNSET:
            field_dict["run_config"] = run_config
        if build_config is not UNSET:
            field_dict["build_config"] = build_config
        if override_build_config is not UNSET:
            field_dict["override_build_config"] = override_build_config
        if variable_overrides is not UNSET:
            field_dict["variable_overrides"] = variable_overrides

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.device_workflow_info_variable_overrides_type_0 import DeviceWorkflowInfoVariableOverridesType0  # noqa: PLC0415
        from ..models.test_run_config import TestRunConfig  # noqa: PLC0415
        from ..models.workflow_app_config import WorkflowAppConfig  # noqa: PLC0415

        d = dict(src_dict)
        workflow_id = UUID(d.pop("workflow_id"))

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

        def _parse_build_config(data: object) -> None | Unset | WorkflowAppConfig:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                build_config_type_0 = WorkflowAppConfig.from_dict(data)

                return build_config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WorkflowAppConfig, data)

        build_config = _parse_build_config(d.pop("build_config", UNSET))

        override_build_config = d.pop("override_build_config", UNSET)

        def _parse_variable_overrides(data: object) -> DeviceWorkflowInfoVariableOverridesType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                variable_overrides_type_0 = DeviceWorkflowInfoVariableOverridesType0.from_dict(data)

                return variable_overrides_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DeviceWorkflowInfoVariableOverridesType0 | None | Unset, data)

        variable_overrides = _parse_variable_overrides(d.pop("variable_overrides", UNSET))

        device_workflow_info = cls(
            workflow_id=workflow_id,
            run_config=run_config,
            build_config=build_config,
            override_build_config=override_build_config,
            variable_overrides=variable_overrides,
        )

        device_workflow_info.additional_properties = d
        return device_workflow_info

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
