from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.device_metadata import DeviceMetadata
    from ..models.running_test_core_info import RunningTestCoreInfo
    from ..models.running_test_upload_status import RunningTestUploadStatus
    from ..models.test_run_config import TestRunConfig


T = TypeVar("T", bound="RunningTestMetadataContent")


@_attrs_define
class RunningTestMetadataContent:
    """Typed metadata content for running tests (partial reports).

    This model provides structured fields for the metadata_content when a test
    is still in progress. It shares a common interface with ReportView (used for
    completed tests) to ensure consistent frontend consumption.

    Common fields with ReportView:
        - test_name, test_id, platform: Test identification
        - success: Test result (None = in-progress, True/False = completed)
        - steps_data: Step execution data
        - run_config: LLM and execution configuration
        - device_metadata: Device screen size, type, runtime
        - run_id: OpenTelemetry trace ID for correlation
        - workflow_run_id: Hatchet workflow ID (if part of workflow)

    Running-test specific fields:
        - _partial: Always True for running tests
        - _upload_status: Upload progress information
        - core_info: Nested test identification (for backwards compatibility)

        Attributes:
            test_name (str): Name of the test
            platform (str): Platform (ios, android)
            execution_time (str): ISO timestamp when execution started
            core_info (RunningTestCoreInfo): Core identification info for a running test.
            field_partial (bool | Unset): Indicates this is a partial report Default: True.
            field_upload_status (RunningTestUploadStatus | Unset): Upload status for a running test.
            test_id (None | Unset | UUID): Test identifier
            success (bool | None | Unset): None indicates in-progress, True/False for completed
            steps_data (list[Any] | Unset): Steps uploaded so far
            total_validations (int | Unset): Total validation steps Default: 0.
            validations_passed (int | Unset): Validations passed so far Default: 0.
            run_id (None | Unset | UUID): OpenTelemetry trace ID for correlation
            workflow_run_id (None | Unset | UUID): Hatchet workflow run ID if part of a workflow
            run_config (None | TestRunConfig | Unset): Test run configuration (LLM models, execution mode)
            device_metadata (DeviceMetadata | None | Unset): Device metadata (screen size, runtime, etc.)
            app_name (None | str | Unset): Name of the app used for this test
            build_version (None | str | Unset): Version of the build used for this test
    """

    test_name: str
    platform: str
    execution_time: str
    core_info: RunningTestCoreInfo
    field_partial: bool | Unset = True
    field_upload_status: RunningTestUploadStatus | Unset = UNSET
    test_id: None | Unset | UUID = UNSET
    success: bool | None | Unset = UNSET
    steps_data: list[Any] | Unset = UNSET
    total_validations: int | Unset = 0
    validations_passed: int | Unset = 0
    run_id: None | Unset | UUID = UNSET
    workflow_run_id: None | Unset | UUID = UNSET
    run_config: None | TestRunConfig | Unset = UNSET
    device_metadata: DeviceMetadata | None | Unset = UNSET
    app_name: None | str | Unset = UNSET
    build_version: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.device_metadata import DeviceMetadata  # noqa: PLC0415
        from ..models.test_run_config import TestRunConfig  # noqa: PLC0415

        test_name = self.test_name

        platform = self.platform

        execution_time = self.execution_time

        core_info = self.core_info.to_dict()

        field_partial = self.field_partial

        field_upload_status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.field_upload_status, Unset):
            field_upload_status = self.field_upload_status.to_dict()

        test_id: None | str | Unset
        if isinstance(self.test_id, Unset):
            test_id = UNSET
        elif isinstance(self.test_id, UUID):
            test_id = str(self.test_id)
        else:
            test_id = self.test_id

        success: bool | None | Unset
        if isinstance(self.success, Unset):
            success = UNSET
        else:
            success = self.success

        steps_data: list[Any] | Unset = UNSET
        if not isinstance(self.steps_data, Unset):
            steps_data = self.steps_data

        total_validations = self.total_validations

        validations_passed = self.validations_passed

        run_id: None | str | Unset
        if isinstance(self.run_id, Unset):
            run_id = UNSET
        elif isinstance(self.run_id, UUID):
            run_id = str(self.run_id)
        else:
            run_id = self.run_id

        workflow_run_id: None | str | Unset
        if isinstance(self.workflow_run_id, Unset):
            workflow_run_id = UNSET
        elif isinstance(self.workflow_run_id, UUID):
            workflow_run_id = str(self.workflow_run_id)
        else:
            workflow_run_id = self.workflow_run_id

        run_config: dict[str, Any] | None | Unset
        if isinstance(self.run_config, Unset):
            run_config = UNSET
        elif isinstance(self.run_config, TestRunConfig):
            run_config = self.run_config.to_dict()
        else:
            run_config = self.run_config

        device_metadata: dict[str, Any] | None | Unset
        if isinstance(self.device_metadata, Unset):
            device_metadata = UNSET
        elif isinstance(self.device_metadata, DeviceMetadata):
            device_metadata = self.device_metadata.to_dict()
        else:
            device_metadata = self.device_metadata

        app_name: None | str | Unset
        if isinstance(self.app_name, Unset):
            app_name = UNSET
        else:
            app_name = self.app_name

        build_version: None | str | Unset
        if isinstance(self.build_version, Unset):
            build_version = UNSET
        else:
            build_version = self.build_version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "test_name": test_name,
                "platform": platform,
                "execution_time": execution_time,
                "core_info": core_info,
            }
        )
        if field_partial is not UNSET:
            field_dict["_partial"] = field_partial
        if field_upload_status is not UNSET:
            field_dict["_upload_status"] = field_upload_status
        if test_id is not UNSET:
            field_dict["test_id"] = test_id
        if success is not UNSET:
            field_dict["success"] = success
        if steps_data is not UNSET:
            field_dict["steps_data"] = steps_data
        if total_validations is not UNSET:
            field_dict["total_validations"] = total_validations
        if validations_passed is not UNSET:
            field_dict["validations_passed"] = validations_passed
        if run_id is not UNSET:
            field_dict["run_id"] = run_id
        if workflow_run_id is not UNSET:
            field_dict["workflow_run_id"] = workflow_run_id
        if run_config is not UNSET:
            field_dict["run_config"] = run_config
        if device_metadata is not UNSET:
            field_dict["device_metadata"] = device_metadata
        if app_name is not UNSET:
            field_dict["app_name"] = app_name
        if build_version is not UNSET:
            field_dict["build_version"] = build_version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.device_metadata import DeviceMetadata  # noqa: PLC0415
        from ..models.running_test_core_info import RunningTestCoreInfo  # noqa: PLC0415
        from ..models.running_test_upload_status import RunningTestUploadStatus  # noqa: PLC0415
        from ..models.test_run_config import TestRunConfig  # noqa: PLC0415

        d = dict(src_dict)
        test_name = d.pop("test_name")

        platform = d.pop("platform")

        execution_time = d.pop("execution_time")

        core_info = RunningTestCoreInfo.from_dict(d.pop("core_info"))

        field_partial = d.pop("_partial", UNSET)

        _field_upload_status = d.pop("_upload_status", UNSET)
        field_upload_status: RunningTestUploadStatus | Unset
        if isinstance(_field_upload_status, Unset):
            field_upload_status = UNSET
        else:
            field_upload_status = RunningTestUploadStatus.from_dict(_field_upload_status)

        def _parse_test_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                test_id_type_0 = UUID(data)

                return test_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        test_id = _parse_test_id(d.pop("test_id", UNSET))

        def _parse_success(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        success = _parse_success(d.pop("success", UNSET))

        steps_data = cast(list[Any], d.pop("steps_data", UNSET))

        total_validations = d.pop("total_validations", UNSET)

        validations_passed = d.pop("validations_passed", UNSET)

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

        def _parse_workflow_run_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                workflow_run_id_type_0 = UUID(data)

                return workflow_run_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        workflow_run_id = _parse_workflow_run_id(d.pop("workflow_run_id", UNSET))

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

        def _parse_device_metadata(data: object) -> DeviceMetadata | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                device_metadata_type_0 = DeviceMetadata.from_dict(data)

                return device_metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DeviceMetadata | None | Unset, data)

        device_metadata = _parse_device_metadata(d.pop("device_metadata", UNSET))

        def _parse_app_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        app_name = _parse_app_name(d.pop("app_name", UNSET))

        def _parse_build_version(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        build_version = _parse_build_version(d.pop("build_version", UNSET))

        running_test_metadata_content = cls(
            test_name=test_name,
            platform=platform,
            execution_time=execution_time,
            core_info=core_info,
            field_partial=field_partial,
            field_upload_status=field_upload_status,
            test_id=test_id,
            success=success,
            steps_data=steps_data,
            total_validations=total_validations,
            validations_passed=validations_passed,
            run_id=run_id,
            workflow_run_id=workflow_run_id,
            run_config=run_config,
            device_metadata=device_metadata,
            app_name=app_name,
            build_version=build_version,
        )

        running_test_metadata_content.additional_properties = d
        return running_test_metadata_content

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
