from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.report_v3_response_device_metadata_type_0 import ReportV3ResponseDeviceMetadataType0
    from ..models.report_v3_response_expected_states_type_0_item import ReportV3ResponseExpectedStatesType0Item
    from ..models.report_v3_response_run_config_type_0 import ReportV3ResponseRunConfigType0
    from ..models.report_v3_response_steps_item import ReportV3ResponseStepsItem
    from ..models.report_v3_response_tldr_type_0 import ReportV3ResponseTldrType0


T = TypeVar("T", bound="ReportV3Response")


@_attrs_define
class ReportV3Response:
    """Full report with steps and actions.

    Attributes:
        id (str):
        org_id (str):
        execution_id (None | str | Unset):
        session_id (None | str | Unset):
        test_id (None | str | Unset):
        test_version_id (None | str | Unset):
        started_at (None | str | Unset):
        completed_at (None | str | Unset):
        total_steps (int | Unset):  Default: 0.
        passed_steps (int | Unset):  Default: 0.
        failed_steps (int | Unset):  Default: 0.
        total_validations (int | Unset):  Default: 0.
        validations_passed (int | Unset):  Default: 0.
        test_goal_summary (None | str | Unset):
        expected_states (list[ReportV3ResponseExpectedStatesType0Item] | None | Unset):
        tldr (None | ReportV3ResponseTldrType0 | Unset):
        run_config (None | ReportV3ResponseRunConfigType0 | Unset):
        s3_bucket (None | str | Unset):
        video_s3_key (None | str | Unset):
        device_logs_s3_key (None | str | Unset):
        created_at (None | str | Unset):
        updated_at (None | str | Unset):
        test_name (None | str | Unset):
        platform (None | str | Unset):
        session_status (None | str | Unset):
        device_model (None | str | Unset):
        os_version (None | str | Unset):
        locale (None | str | Unset):
        whep_url (None | str | Unset):
        trace_id (None | str | Unset):
        device_metadata (None | ReportV3ResponseDeviceMetadataType0 | Unset):
        screen_width (int | None | Unset):
        screen_height (int | None | Unset):
        duration_seconds (float | None | Unset):
        workflow_run_id (None | str | Unset):
        launch_env_var_keys (list[str] | None | Unset):
        launch_env_var_ids (list[str] | None | Unset):
        success (bool | None | Unset):
        error_message (None | str | Unset):
        error_type (None | str | Unset):
        workflow_execution_id (None | str | Unset):
        app_id (None | str | Unset):
        resolved_build_id (None | str | Unset):
        app_name (None | str | Unset):
        system_prompt (None | str | Unset):
        build_version (None | str | Unset):
        test_version_number (int | None | Unset):
        video_url (None | str | Unset):
        perfetto_trace_url (None | str | Unset):
        hardware_metrics_url (None | str | Unset):
        network_requests_url (None | str | Unset):
        device_state_url (None | str | Unset):
        hardware_metrics_partial (bool | None | Unset):
        network_requests_partial (bool | None | Unset):
        device_state_partial (bool | None | Unset):
        steps (list[ReportV3ResponseStepsItem] | Unset):
    """

    id: str
    org_id: str
    execution_id: None | str | Unset = UNSET
    session_id: None | str | Unset = UNSET
    test_id: None | str | Unset = UNSET
    test_version_id: None | str | Unset = UNSET
    started_at: None | str | Unset = UNSET
    completed_at: None | str | Unset = UNSET
    total_steps: int | Unset = 0
    passed_steps: int | Unset = 0
    failed_steps: int | Unset = 0
    total_validations: int | Unset = 0
    validations_passed: int | Unset = 0
    test_goal_summary: None | str | Unset = UNSET
    expected_states: list[ReportV3ResponseExpectedStatesType0Item] | None | Unset = UNSET
    tldr: None | ReportV3ResponseTldrType0 | Unset = UNSET
    run_config: None | ReportV3ResponseRunConfigType0 | Unset = UNSET
    s3_bucket: None | str | Unset = UNSET
    video_s3_key: None | str | Unset = UNSET
    device_logs_s3_key: None | str | Unset = UNSET
    created_at: None | str | Unset = UNSET
    updated_at: None | str | Unset = UNSET
    test_name: None | str | Unset = UNSET
    platform: None | str | Unset = UNSET
    session_status: None | str | Unset = UNSET
    device_model: None | str | Unset = UNSET
    os_version: None | str | Unset = UNSET
    locale: None | str | Unset = UNSET
    whep_url: None | str | Unset = UNSET
    trace_id: None | str | Unset = UNSET
    device_metadata: None | ReportV3ResponseDeviceMetadataType0 | Unset = UNSET
    screen_width: int | None | Unset = UNSET
    screen_height: int | None | Unset = UNSET
    duration_seconds: float | None | Unset = UNSET
    workflow_run_id: None | str | Unset = UNSET
    launch_env_var_keys: list[str] | None | Unset = UNSET
    launch_env_var_ids: list[str] | None | Unset = UNSET
    success: bool | None | Unset = UNSET
    error_message: None | str | Unset = UNSET
    error_type: None | str | Unset = UNSET
    workflow_execution_id: None | str | Unset = UNSET
    app_id: None | str | Unset = UNSET
    resolved_build_id: None | str | Unset = UNSET
    app_name: None | str | Unset = UNSET
    system_prompt: None | str | Unset = UNSET
    build_version: None | str | Unset = UNSET
    test_version_number: int | None | Unset = UNSET
    video_url: None | str | Unset = UNSET
    perfetto_trace_url: None | str | Unset = UNSET
    hardware_metrics_url: None | str | Unset = UNSET
    network_requests_url: None | str | Unset = UNSET
    device_state_url: None | str | Unset = UNSET
    hardware_metrics_partial: bool | None | Unset = UNSET
    network_requests_partial: bool | None | Unset = UNSET
    device_state_partial: bool | None | Unset = UNSET
    steps: list[ReportV3ResponseStepsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.report_v3_response_device_metadata_type_0 import ReportV3ResponseDeviceMetadataType0  # noqa: PLC0415
        from ..models.report_v3_response_run_config_type_0 import ReportV3ResponseRunConfigType0  # noqa: PLC0415
        from ..models.report_v3_response_tldr_type_0 import ReportV3ResponseTldrType0  # noqa: PLC0415

        id = self.id

        org_id = self.org_id

        execution_id: None | str | Unset
        if isinstance(self.execution_id, Unset):
            execution_id = UNSET
        else:
            execution_id = self.execution_id

        session_id: None | str | Unset
        if isinstance(self.session_id, Unset):
            session_id = UNSET
        else:
            session_id = self.session_id

        test_id: None | str | Unset
        if isinstance(self.test_id, Unset):
            test_id = UNSET
        else:
            test_id = self.test_id

        test_version_id: None | str | Unset
        if isinstance(self.test_version_id, Unset):
            test_version_id = UNSET
        else:
            test_version_id = self.test_version_id

        started_at: None | str | Unset
        if isinstance(self.started_at, Unset):
            started_at = UNSET
        else:
            started_at = self.started_at

        completed_at: None | str | Unset
        if isinstance(self.completed_at, Unset):
            completed_at = UNSET
        else:
            completed_at = self.completed_at

        total_steps = self.total_steps

        passed_steps = self.passed_steps

        failed_steps = self.failed_steps

        total_validations = self.total_validations

        validations_passed = self.validations_passed

        test_goal_summary: None | str | Unset
        if isinstance(self.test_goal_summary, Unset):
            test_goal_summary = UNSET
        else:
            test_goal_summary = self.test_goal_summary

        expected_states: list[dict[str, Any]] | None | Unset
        if isinstance(self.expected_states, Unset):
            expected_states = UNSET
        elif isinstance(self.expected_states, list):
            expected_states = []
            for expected_states_type_0_item_data in self.expected_states:
                expected_states_type_0_item = expected_states_type_0_item_data.to_dict()
                expected_states.append(expected_states_type_0_item)

        else:
            expected_states = self.expected_states

        tldr: dict[str, Any] | None | Unset
        if isinstance(self.tldr, Unset):
            tldr = UNSET
        elif isinstance(self.tldr, ReportV3ResponseTldrType0):
            tldr = self.tldr.to_dict()
        else:
            tldr = self.tldr

        run_config: dict[str, Any] | None | Unset
        if isinstance(self.run_config, Unset):
            run_config = UNSET
        elif isinstance(self.run_config, ReportV3ResponseRunConfigType0):
            run_config = self.run_config.to_dict()
        else:
            run_config = self.run_config

        s3_bucket: None | str | Unset
        if isinstance(self.s3_bucket, Unset):
            s3_bucket = UNSET
        else:
            s3_bucket = self.s3_bucket

        video_s3_key: None | str | Unset
        if isinstance(self.video_s3_key, Unset):
            video_s3_key = UNSET
        else:
            video_s3_key = self.video_s3_key

        device_logs_s3_key: None | str | Unset
        if isinstance(self.device_logs_s3_key, Unset):
            device_logs_s3_key = UNSET
        else:
            device_logs_s3_key = self.device_logs_s3_key

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = self.updated_at

        test_name: None | str | Unset
        if isinstance(self.test_name, Unset):
            test_name = UNSET
        else:
            test_name = self.test_name

        platform: None | str | Unset
        if isinstance(self.platform, Unset):
            platform = UNSET
        else:
            platform = self.platform

        session_status: None | str | Unset
        if isinstance(self.session_status, Unset):
            session_status = UNSET
        else:
            session_status = self.session_status

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

        locale: None | str | Unset
        if isinstance(self.locale, Unset):
            locale = UNSET
        else:
            locale = self.locale

        whep_url: None | str | Unset
        if isinstance(self.whep_url, Unset):
            whep_url = UNSET
        else:
            whep_url = self.whep_url

        trace_id: None | str | Unset
        if isinstance(self.trace_id, Unset):
            trace_id = UNSET
        else:
            trace_id = self.trace_id

        device_metadata: dict[str, Any] | None | Unset
        if isinstance(self.device_metadata, Unset):
            device_metadata = UNSET
        elif isinstance(self.device_metadata, ReportV3ResponseDeviceMetadataType0):
            device_metadata = self.device_metadata.to_dict()
        else:
            device_metadata = self.device_metadata

        screen_width: int | None | Unset
        if isinstance(self.screen_width, Unset):
            screen_width = UNSET
        else:
            screen_width = self.screen_width

        screen_height: int | None | Unset
        if isinstance(self.screen_height, Unset):
            screen_height = UNSET
        else:
            screen_height = self.screen_height

        duration_seconds: float | None | Unset
        if isinstance(self.duration_seconds, Unset):
            duration_seconds = UNSET
        else:
            duration_seconds = self.duration_seconds

        workflow_run_id: None | str | Unset
        if isinstance(self.workflow_run_id, Unset):
            workflow_run_id = UNSET
        else:
            workflow_run_id = self.workflow_run_id

        launch_env_var_keys: list[str] | None | Unset
        if isinstance(self.launch_env_var_keys, Unset):
            launch_env_var_keys = UNSET
        elif isinstance(self.launch_env_var_keys, list):
            launch_env_var_keys = self.launch_env_var_keys

        else:
            launch_env_var_keys = self.launch_env_var_keys

        launch_env_var_ids: list[str] | None | Unset
        if isinstance(self.launch_env_var_ids, Unset):
            launch_env_var_ids = UNSET
        elif isinstance(self.launch_env_var_ids, list):
            launch_env_var_ids = self.launch_env_var_ids

        else:
            launch_env_var_ids = self.launch_env_var_ids

        success: bool | None | Unset
        if isinstance(self.success, Unset):
            success = UNSET
        else:
            success = self.success

        error_message: None | str | Unset
        if isinstance(self.error_message, Unset):
            error_message = UNSET
        else:
            error_message = self.error_message

        error_type: None | str | Unset
        if isinstance(self.error_type, Unset):
            error_type = UNSET
        else:
            error_type = self.error_type

        workflow_execution_id: None | str | Unset
        if isinstance(self.workflow_execution_id, Unset):
            workflow_execution_id = UNSET
        else:
            workflow_execution_id = self.workflow_execution_id

        app_id: None | str | Unset
        if isinstance(self.app_id, Unset):
            app_id = UNSET
        else:
            app_id = self.app_id

        resolved_build_id: None | str | Unset
        if isinstance(self.resolved_build_id, Unset):
            resolved_build_id = UNSET
        else:
            resolved_build_id = self.resolved_build_id

        app_name: None | str | Unset
        if isinstance(self.app_name, Unset):
            app_name = UNSET
        else:
            app_name = self.app_name

        system_prompt: None | str | Unset
        if isinstance(self.system_prompt, Unset):
            system_prompt = UNSET
        else:
            system_prompt = self.system_prompt

        build_version: None | str | Unset
        if isinstance(self.build_version, Unset):
            build_version = UNSET
        else:
            build_version = self.build_version

        test_version_number: int | None | Unset
        if isinstance(self.test_version_number, Unset):
            test_version_number = UNSET
        else:
            test_version_number = self.test_version_number

        video_url: None | str | Unset
        if isinstance(self.video_url, Unset):
            video_url = UNSET
        else:
            video_url = self.video_url

        perfetto_trace_url: None | str | Unset
        if isinstance(self.perfetto_trace_url, Unset):
            perfetto_trace_url = UNSET
        else:
            perfetto_trace_url = self.perfetto_trace_url

        hardware_metrics_url: None | str | Unset
        if isinstance(self.hardware_metrics_url, Unset):
            hardware_metrics_url = UNSET
        else:
            hardware_metrics_url = self.hardware_metrics_url

        network_requests_url: None | str | Unset
        if isinstance(self.network_requests_url, Unset):
            network_requests_url = UNSET
        else:
            network_requests_url = self.network_requests_url

        device_state_url: None | str | Unset
        if isinstance(self.device_state_url, Unset):
            device_state_url = UNSET
        else:
            device_state_url = self.device_state_url

        hardware_metrics_partial: bool | None | Unset
        if isinstance(self.hardware_metrics_partial, Unset):
            hardware_metrics_partial = UNSET
        else:
            hardware_metrics_partial = self.hardware_metrics_partial

        network_requests_partial: bool | None | Unset
        if isinstance(self.network_requests_partial, Unset):
            network_requests_partial = UNSET
        else:
            network_requests_partial = self.network_requests_partial

        device_state_partial: bool | None | Unset
        if isinstance(self.device_state_partial, Unset):
            device_state_partial = UNSET
        else:
            device_state_partial = self.device_state_partial

        steps: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.steps, Unset):
            steps = []
            for steps_item_data in self.steps:
                steps_item = steps_item_data.to_dict()
                steps.append(steps_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "org_id": org_id,
            }
        )
        if execution_id is not UNSET:
            field_dict["execution_id"] = execution_id
        if session_id is not UNSET:
            field_dict["session_id"] = session_id
        if test_id is not UNSET:
            field_dict["test_id"] = test_id
        if test_version_id is not UNSET:
            field_dict["test_version_id"] = test_version_id
        if started_at is not UNSET:
            field_dict["started_at"] = started_at
        if completed_at is not UNSET:
            field_dict["completed_at"] = completed_at
        if total_steps is not UNSET:
            field_dict["total_steps"] = total_steps
        if passed_steps is not UNSET:
            field_dict["passed_steps"] = passed_steps
        if failed_steps is not UNSET:
            field_dict["failed_steps"] = failed_steps
        if total_validations is not UNSET:
            field_dict["total_validations"] = total_validations
        if validations_passed is not UNSET:
            field_dict["validations_passed"] = validations_passed
        if test_goal_summary is not UNSET:
            field_dict["test_goal_summary"] = test_goal_summary
        if expected_states is not UNSET:
            field_dict["expected_states"] = expected_states
        if tldr is not UNSET:
            field_dict["tldr"] = tldr
        if run_config is not UNSET:
            field_dict["run_config"] = run_config
        if s3_bucket is not UNSET:
            field_dict["s3_bucket"] = s3_bucket
        if video_s3_key is not UNSET:
            field_dict["video_s3_key"] = video_s3_key
        if device_logs_s3_key is not UNSET:
            field_dict["device_logs_s3_key"] = device_logs_s3_key
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if test_name is not UNSET:
            field_dict["test_name"] = test_name
        if platform is not UNSET:
            field_dict["platform"] = platform
        if session_status is not UNSET:
            field_dict["session_status"] = session_status
        if device_model is not UNSET:
            field_dict["device_model"] = device_model
        if os_version is not UNSET:
            field_dict["os_version"] = os_version
        if locale is not UNSET:
            field_dict["locale"] = locale
        if whep_url is not UNSET:
            field_dict["whep_url"] = whep_url
        if trace_id is not UNSET:
            field_dict["trace_id"] = trace_id
        if device_metadata is not UNSET:
            field_dict["device_metadata"] = device_metadata
        if screen_width is not UNSET:
            field_dict["screen_width"] = screen_width
        if screen_height is not UNSET:
            field_dict["screen_height"] = screen_height
        if duration_seconds is not UNSET:
            field_dict["duration_seconds"] = duration_seconds
        if workflow_run_id is not UNSET:
            field_dict["workflow_run_id"] = workflow_run_id
        if launch_env_var_keys is not UNSET:
            field_dict["launch_env_var_keys"] = launch_env_var_keys
        if launch_env_var_ids is not UNSET:
            field_dict["launch_env_var_ids"] = launch_env_var_ids
        if success is not UNSET:
            field_dict["success"] = success
        if error_message is not UNSET:
            field_dict["error_message"] = error_message
        if error_type is not UNSET:
            field_dict["error_type"] = error_type
        if workflow_execution_id is not UNSET:
            field_dict["workflow_execution_id"] = workflow_execution_id
        if app_id is not UNSET:
            field_dict["app_id"] = app_id
        if resolved_build_id is not UNSET:
            field_dict["resolved_build_id"] = resolved_build_id
        if app_name is not UNSET:
            field_dict["app_name"] = app_name
        if system_prompt is not UNSET:
            field_dict["system_prompt"] = system_prompt
        if build_version is not UNSET:
            field_dict["build_version"] = build_version
        if test_version_number is not UNSET:
            field_dict["test_version_number"] = test_version_number
        if video_url is not UNSET:
            field_dict["video_url"] = video_url
        if perfetto_trace_url is not UNSET:
            field_dict["perfetto_trace_url"] = perfetto_trace_url
        if hardware_metrics_url is not UNSET:
            field_dict["hardware_metrics_url"] = hardware_metrics_url
        if network_requests_url is not UNSET:
            field_dict["network_requests_url"] = network_requests_url
        if device_state_url is not UNSET:
            field_dict["device_state_url"] = device_state_url
        if hardware_metrics_partial is not UNSET:
            field_dict["hardware_metrics_partial"] = hardware_metrics_partial
        if network_requests_partial is not UNSET:
            field_dict["network_requests_partial"] = network_requests_partial
        if device_state_partial is not UNSET:
            field_dict["device_state_partial"] = device_state_partial
        if steps is not UNSET:
            field_dict["steps"] = steps

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.report_v3_response_device_metadata_type_0 import ReportV3ResponseDeviceMetadataType0  # noqa: PLC0415
        from ..models.report_v3_response_expected_states_type_0_item import ReportV3ResponseExpectedStatesType0Item  # noqa: PLC0415
        from ..models.report_v3_response_run_config_type_0 import ReportV3ResponseRunConfigType0  # noqa: PLC0415
        from ..models.report_v3_response_steps_item import ReportV3ResponseStepsItem  # noqa: PLC0415
        from ..models.report_v3_response_tldr_type_0 import ReportV3ResponseTldrType0  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        org_id = d.pop("org_id")

        def _parse_execution_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        execution_id = _parse_execution_id(d.pop("execution_id", UNSET))

        def _parse_session_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        session_id = _parse_session_id(d.pop("session_id", UNSET))

        def _parse_test_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        test_id = _parse_test_id(d.pop("test_id", UNSET))

        def _parse_test_version_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        test_version_id = _parse_test_version_id(d.pop("test_version_id", UNSET))

        def _parse_started_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        started_at = _parse_started_at(d.pop("started_at", UNSET))

        def _parse_completed_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        completed_at = _parse_completed_at(d.pop("completed_at", UNSET))

        total_steps = d.pop("total_steps", UNSET)

        passed_steps = d.pop("passed_steps", UNSET)

        failed_steps = d.pop("failed_steps", UNSET)

        total_validations = d.pop("total_validations", UNSET)

        validations_passed = d.pop("validations_passed", UNSET)

        def _parse_test_goal_summary(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        test_goal_summary = _parse_test_goal_summary(d.pop("test_goal_summary", UNSET))

        def _parse_expected_states(data: object) -> list[ReportV3ResponseExpectedStatesType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                expected_states_type_0 = []
                _expected_states_type_0 = data
                for expected_states_type_0_item_data in _expected_states_type_0:
                    expected_states_type_0_item = ReportV3ResponseExpectedStatesType0Item.from_dict(
                        expected_states_type_0_item_data
                    )

                    expected_states_type_0.append(expected_states_type_0_item)

                return expected_states_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ReportV3ResponseExpectedStatesType0Item] | None | Unset, data)

        expected_states = _parse_expected_states(d.pop("expected_states", UNSET))

        def _parse_tldr(data: object) -> None | ReportV3ResponseTldrType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tldr_type_0 = ReportV3ResponseTldrType0.from_dict(data)

                return tldr_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ReportV3ResponseTldrType0 | Unset, data)

        tldr = _parse_tldr(d.pop("tldr", UNSET))

        def _parse_run_config(data: object) -> None | ReportV3ResponseRunConfigType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                run_config_type_0 = ReportV3ResponseRunConfigType0.from_dict(data)

                return run_config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ReportV3ResponseRunConfigType0 | Unset, data)

        run_config = _parse_run_config(d.pop("run_config", UNSET))

        def _parse_s3_bucket(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        s3_bucket = _parse_s3_bucket(d.pop("s3_bucket", UNSET))

        def _parse_video_s3_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        video_s3_key = _parse_video_s3_key(d.pop("video_s3_key", UNSET))

        def _parse_device_logs_s3_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        device_logs_s3_key = _parse_device_logs_s3_key(d.pop("device_logs_s3_key", UNSET))

        def _parse_created_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        def _parse_updated_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        updated_at = _parse_updated_at(d.pop("updated_at", UNSET))

        def _parse_test_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        test_name = _parse_test_name(d.pop("test_name", UNSET))

        def _parse_platform(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        platform = _parse_platform(d.pop("platform", UNSET))

        def _parse_session_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        session_status = _parse_session_status(d.pop("session_status", UNSET))

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

        def _parse_locale(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        locale = _parse_locale(d.pop("locale", UNSET))

        def _parse_whep_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        whep_url = _parse_whep_url(d.pop("whep_url", UNSET))

        def _parse_trace_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        trace_id = _parse_trace_id(d.pop("trace_id", UNSET))

        def _parse_device_metadata(data: object) -> None | ReportV3ResponseDeviceMetadataType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                device_metadata_type_0 = ReportV3ResponseDeviceMetadataType0.from_dict(data)

                return device_metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ReportV3ResponseDeviceMetadataType0 | Unset, data)

        device_metadata = _parse_device_metadata(d.pop("device_metadata", UNSET))

        def _parse_screen_width(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        screen_width = _parse_screen_width(d.pop("screen_width", UNSET))

        def _parse_screen_height(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        screen_height = _parse_screen_height(d.pop("screen_height", UNSET))

        def _parse_duration_seconds(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        duration_seconds = _parse_duration_seconds(d.pop("duration_seconds", UNSET))

        def _parse_workflow_run_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        workflow_run_id = _parse_workflow_run_id(d.pop("workflow_run_id", UNSET))

        def _parse_launch_env_var_keys(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                launch_env_var_keys_type_0 = cast(list[str], data)

                return launch_env_var_keys_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        launch_env_var_keys = _parse_launch_env_var_keys(d.pop("launch_env_var_keys", UNSET))

        def _parse_launch_env_var_ids(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                launch_env_var_ids_type_0 = cast(list[str], data)

                return launch_env_var_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        launch_env_var_ids = _parse_launch_env_var_ids(d.pop("launch_env_var_ids", UNSET))

        def _parse_success(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        success = _parse_success(d.pop("success", UNSET))

        def _parse_error_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error_message = _parse_error_message(d.pop("error_message", UNSET))

        def _parse_error_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error_type = _parse_error_type(d.pop("error_type", UNSET))

        def _parse_workflow_execution_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        workflow_execution_id = _parse_workflow_execution_id(d.pop("workflow_execution_id", UNSET))

        def _parse_app_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        app_id = _parse_app_id(d.pop("app_id", UNSET))

        def _parse_resolved_build_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        resolved_build_id = _parse_resolved_build_id(d.pop("resolved_build_id", UNSET))

        def _parse_app_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        app_name = _parse_app_name(d.pop("app_name", UNSET))

        def _parse_system_prompt(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        system_prompt = _parse_system_prompt(d.pop("system_prompt", UNSET))

        def _parse_build_version(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        build_version = _parse_build_version(d.pop("build_version", UNSET))

        def _parse_test_version_number(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        test_version_number = _parse_test_version_number(d.pop("test_version_number", UNSET))

        def _parse_video_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        video_url = _parse_video_url(d.pop("video_url", UNSET))

        def _parse_perfetto_trace_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        perfetto_trace_url = _parse_perfetto_trace_url(d.pop("perfetto_trace_url", UNSET))

        def _parse_hardware_metrics_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        hardware_metrics_url = _parse_hardware_metrics_url(d.pop("hardware_metrics_url", UNSET))

        def _parse_network_requests_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        network_requests_url = _parse_network_requests_url(d.pop("network_requests_url", UNSET))

        def _parse_device_state_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        device_state_url = _parse_device_state_url(d.pop("device_state_url", UNSET))

        def _parse_hardware_metrics_partial(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        hardware_metrics_partial = _parse_hardware_metrics_partial(d.pop("hardware_metrics_partial", UNSET))

        def _parse_network_requests_partial(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        network_requests_partial = _parse_network_requests_partial(d.pop("network_requests_partial", UNSET))

        def _parse_device_state_partial(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        device_state_partial = _parse_device_state_partial(d.pop("device_state_partial", UNSET))

        _steps = d.pop("steps", UNSET)
        steps: list[ReportV3ResponseStepsItem] | Unset = UNSET
        if _steps is not UNSET:
            steps = []
            for steps_item_data in _steps:
                steps_item = ReportV3ResponseStepsItem.from_dict(steps_item_data)

                steps.append(steps_item)

        report_v3_response = cls(
            id=id,
            org_id=org_id,
            execution_id=execution_id,
            session_id=session_id,
            test_id=test_id,
            test_version_id=test_version_id,
            started_at=started_at,
            completed_at=completed_at,
            total_steps=total_steps,
            passed_steps=passed_steps,
            failed_steps=failed_steps,
            total_validations=total_validations,
            validations_passed=validations_passed,
            test_goal_summary=test_goal_summary,
            expected_states=expected_states,
            tldr=tldr,
            run_config=run_config,
            s3_bucket=s3_bucket,
            video_s3_key=video_s3_key,
            device_logs_s3_key=device_logs_s3_key,
            created_at=created_at,
            updated_at=updated_at,
            test_name=test_name,
            platform=platform,
            session_status=session_status,
            device_model=device_model,
            os_version=os_version,
            locale=locale,
            whep_url=whep_url,
            trace_id=trace_id,
            device_metadata=device_metadata,
            screen_width=screen_width,
            screen_height=screen_height,
            duration_seconds=duration_seconds,
            workflow_run_id=workflow_run_id,
            launch_env_var_keys=launch_env_var_keys,
            launch_env_var_ids=launch_env_var_ids,
            success=success,
            error_message=error_message,
            error_type=error_type,
            workflow_execution_id=workflow_execution_id,
            app_id=app_id,
            resolved_build_id=resolved_build_id,
            app_name=app_name,
            system_prompt=system_prompt,
            build_version=build_version,
            test_version_number=test_version_number,
            video_url=video_url,
            perfetto_trace_url=perfetto_trace_url,
            hardware_metrics_url=hardware_metrics_url,
            network_requests_url=network_requests_url,
            device_state_url=device_state_url,
            hardware_metrics_partial=hardware_metrics_partial,
            network_requests_partial=network_requests_partial,
            device_state_partial=device_state_partial,
            steps=steps,
        )

        report_v3_response.additional_properties = d
        return report_v3_response

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
