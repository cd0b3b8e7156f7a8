from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.task_id_launch_env_vars_type_0 import TaskIDLaunchEnvVarsType0
    from ..models.task_id_variable_overrides_type_0 import TaskIDVariableOverridesType0
    from ..models.test_run_config import TestRunConfig


T = TypeVar("T", bound="TaskID")


@_attrs_define
class TaskID:
    """
    Attributes:
        test_id (UUID):
        get_downloads (bool | None | Unset):  Default: False.
        device_local (bool | None | Unset):
        backend_url (None | str | Unset):
        test_entrypoint (None | str | Unset):
        retries (int | None | Unset):  Default: 1.
        source (None | str | Unset): Execution source: ui, cli, api, ci_cd, or workflow. Defaults to 'api' for direct
            API calls. Default: 'api'.
        app_link (None | str | Unset):
        build_version_id (None | Unset | UUID): Override the build to use for this test execution. If provided, this
            will override the build attached to the test.
        device_model (None | str | Unset): Override the target device model for this execution
        os_version (None | str | Unset): Override the target OS/runtime version for this execution
        llm_model_name (None | str | Unset): Simple way to set the primary LLM model (automatically configures
            run_config.llm_config.primary_model)
        run_config (None | TestRunConfig | Unset): Complete configuration for the test run (overrides flattened fields
            if provided)
        variable_overrides (None | TaskIDVariableOverridesType0 | Unset): Runtime variable overrides. These take highest
            priority over local and global variables.
        launch_env_var_ids (list[UUID] | None | Unset): Org launch variable IDs selected for this execution. For mobile
            test runs, these are merged with the test's attached launch vars.
        launch_env_vars (None | TaskIDLaunchEnvVarsType0 | Unset): Inline launch environment variables (KEY=VALUE)
            applied to the app's launch environment for this execution. Merged over org launch variables attached to the
            test; inline values take precedence.
    """

    test_id: UUID
    get_downloads: bool | None | Unset = False
    device_local: bool | None | Unset = UNSET
    backend_url: None | str | Unset = UNSET
    test_entrypoint: None | str | Unset = UNSET
    retries: int | None | Unset = 1
    source: None | str | Unset = "api"
    app_link: None | str | Unset = UNSET
    build_version_id: None | Unset | UUID = UNSET
    device_model: None | str | Unset = UNSET
    os_version: None | str | Unset = UNSET
    llm_model_name: None | str | Unset = UNSET
    run_config: None | TestRunConfig | Unset = UNSET
    variable_overrides: None | TaskIDVariableOverridesType0 | Unset = UNSET
    launch_env_var_ids: list[UUID] | None | Unset = UNSET
    launch_env_vars: None | TaskIDLaunchEnvVarsType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.task_id_launch_env_vars_type_0 import TaskIDLaunchEnvVarsType0  # noqa: PLC0415
        from ..models.task_id_variable_overrides_type_0 import TaskIDVariableOverridesType0  # noqa: PLC0415
        from ..models.test_run_config import TestRunConfig  # noqa: PLC0415

        test_id = str(self.test_id)

        get_downloads: bool | None | Unset
        if isinstance(self.get_downloads, Unset):
            get_downloads = UNSET
        else:
            get_downloads = self.get_downloads

        device_local: bool | None | Unset
        if isinstance(self.device_local, Unset):
            device_local = UNSET
        else:
            device_local = self.device_local

        backend_url: None | str | Unset
        if isinstance(self.backend_url, Unset):
            backend_url = UNSET
        else:
            backend_url = self.backend_url

        test_entrypoint: None | str | Unset
        if isinstance(self.test_entrypoint, Unset):
            test_entrypoint = UNSET
        else:
            test_entrypoint = self.test_entrypoint

        retries: int | None | Unset
        if isinstance(self.retries, Unset):
            retries = UNSET
        else:
            retries = self.retries

        source: None | str | Unset
        if isinstance(self.source, Unset):
            source = UNSET
        else:
            source = self.source

        app_link: None | str | Unset
        if isinstance(self.app_link, Unset):
            app_link = UNSET
        else:
            app_link = self.app_link

        build_version_id: None | str | Unset
        if isinstance(self.build_version_id, Unset):
            build_version_id = UNSET
        elif isinstance(self.build_version_id, UUID):
            build_version_id = str(self.build_version_id)
        else:
            build_version_id = self.build_version_id

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

        llm_model_name: None | str | Unset
        if isinstance(self.llm_model_name, Unset):
            llm_model_name = UNSET
        else:
            llm_model_name = self.llm_model_name

        run_config: dict[str, Any] | None | Unset
        if isinstance(self.run_config, Unset):
            run_config = UNSET
        elif isinstance(self.run_config, TestRunConfig):
            run_config = self.run_config.to_dict()
        else:
            run_config = self.run_config

        variable_overrides: dict[str, Any] | None | Unset
        if isinstance(self.variable_overrides, Unset):
            variable_overrides = UNSET
        elif isinstance(self.variable_overrides, TaskIDVariableOverridesType0):
            variable_overrides = self.variable_overrides.to_dict()
        else:
            variable_overrides = self.variable_overrides

        launch_env_var_ids: list[str] | None | Unset
        if isinstance(self.launch_env_var_ids, Unset):
            launch_env_var_ids = UNSET
        elif isinstance(self.launch_env_var_ids, list):
            launch_env_var_ids = []
            for launch_env_var_ids_type_0_item_data in self.launch_env_var_ids:
                launch_env_var_ids_type_0_item = str(launch_env_var_ids_type_0_item_data)
                launch_env_var_ids.append(launch_env_var_ids_type_0_item)

        else:
            launch_env_var_ids = self.launch_env_var_ids

        launch_env_vars: dict[str, Any] | None | Unset
        if isinstance(self.launch_env_vars, Unset):
            launch_env_vars = UNSET
        elif isinstance(self.launch_env_vars, TaskIDLaunchEnvVarsType0):
            launch_env_vars = self.launch_env_vars.to_dict()
        else:
            launch_env_vars = self.launch_env_vars

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "test_id": test_id,
            }
        )
        if get_downloads is not UNSET:
            field_dict["get_downloads"] = get_downloads
        if device_local is not UNSET:
            field_dict["device_local"] = device_local
        if backend_url is not UNSET:
            field_dict["backend_url"] = backend_url
        if test_entrypoint is not UNSET:
            field_dict["test_entrypoint"] = test_entrypoint
        if retries is not UNSET:
            field_dict["retries"] = retries
        if source is not UNSET:
            field_dict["source"] = source
        if app_link is not UNSET:
            field_dict["app_link"] = app_link
        if build_version_id is not UNSET:
            field_dict["build_version_id"] = build_version_id
        if device_model is not UNSET:
            field_dict["device_model"] = device_model
        if os_version is not UNSET:
            field_dict["os_version"] = os_version
        if llm_model_name is not UNSET:
            field_dict["llm_model_name"] = llm_model_name
        if run_config is not UNSET:
            field_dict["run_config"] = run_config
        if variable_overrides is not UNSET:
            field_dict["variable_overrides"] = variable_overrides
        if launch_env_var_ids is not UNSET:
            field_dict["launch_env_var_ids"] = launch_env_var_ids
        if launch_env_vars is not UNSET:
            field_dict["launch_env_vars"] = launch_env_vars

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.task_id_launch_env_vars_type_0 import TaskIDLaunchEnvVarsType0  # noqa: PLC0415
        from ..models.task_id_variable_overrides_type_0 import TaskIDVariableOverridesType0  # noqa: PLC0415
        from ..models.test_run_config import TestRunConfig  # noqa: PLC0415

        d = dict(src_dict)
        test_id = UUID(d.pop("test_id"))

        def _parse_get_downloads(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        get_downloads = _parse_get_downloads(d.pop("get_downloads", UNSET))

        def _parse_device_local(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        device_local = _parse_device_local(d.pop("device_local", UNSET))

        def _parse_backend_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        backend_url = _parse_backend_url(d.pop("backend_url", UNSET))

        def _parse_test_entrypoint(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        test_entrypoint = _parse_test_entrypoint(d.pop("test_entrypoint", UNSET))

        def _parse_retries(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        retries = _parse_retries(d.pop("retries", UNSET))

        def _parse_source(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        source = _parse_source(d.pop("source", UNSET))

        def _parse_app_link(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        app_link = _parse_app_link(d.pop("app_link", UNSET))

        def _parse_build_version_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                build_version_id_type_0 = UUID(data)

                return build_version_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        build_version_id = _parse_build_version_id(d.pop("build_version_id", UNSET))

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

        def _parse_llm_model_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        llm_model_name = _parse_llm_model_name(d.pop("llm_model_name", UNSET))

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

        def _parse_variable_overrides(data: object) -> None | TaskIDVariableOverridesType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                variable_overrides_type_0 = TaskIDVariableOverridesType0.from_dict(data)

                return variable_overrides_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TaskIDVariableOverridesType0 | Unset, data)

        variable_overrides = _parse_variable_overrides(d.pop("variable_overrides", UNSET))

        def _parse_launch_env_var_ids(data: object) -> list[UUID] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                launch_env_var_ids_type_0 = []
                _launch_env_var_ids_type_0 = data
                for launch_env_var_ids_type_0_item_data in _launch_env_var_ids_type_0:
                    launch_env_var_ids_type_0_item = UUID(launch_env_var_ids_type_0_item_data)

                    launch_env_var_ids_type_0.append(launch_env_var_ids_type_0_item)

                return launch_env_var_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[UUID] | None | Unset, data)

        launch_env_var_ids = _parse_launch_env_var_ids(d.pop("launch_env_var_ids", UNSET))

        def _parse_launch_env_vars(data: object) -> None | TaskIDLaunchEnvVarsType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                launch_env_vars_type_0 = TaskIDLaunchEnvVarsType0.from_dict(data)

                return launch_env_vars_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TaskIDLaunchEnvVarsType0 | Unset, data)

        launch_env_vars = _parse_launch_env_vars(d.pop("launch_env_vars", UNSET))

        task_id = cls(
            test_id=test_id,
            get_downloads=get_downloads,
            device_local=device_local,
            backend_url=backend_url,
            test_entrypoint=test_entrypoint,
            retries=retries,
            source=source,
            app_link=app_link,
            build_version_id=build_version_id,
            device_model=device_model,
            os_version=os_version,
            llm_model_name=llm_model_name,
            run_config=run_config,
            variable_overrides=variable_overrides,
            launch_env_var_ids=launch_env_var_ids,
            launch_env_vars=launch_env_vars,
        )

        task_id.additional_properties = d
        return task_id

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
