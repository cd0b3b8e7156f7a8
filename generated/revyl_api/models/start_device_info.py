from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.exploration_session_config import ExplorationSessionConfig
    from ..models.ios_store_kit_config_snapshot import IosStoreKitConfigSnapshot
    from ..models.start_device_info_env_vars_type_0 import StartDeviceInfoEnvVarsType0
    from ..models.test import Test
    from ..models.test_run_config import TestRunConfig
    from ..models.viewport import Viewport


T = TypeVar("T", bound="StartDeviceInfo")


@_attrs_define
class StartDeviceInfo:
    """
    Attributes:
        platform (str | Unset):  Default: 'android'.
        app_id (None | Unset | UUID): CogniSim `apps` table row UUID. The backend resolves the latest build (presigned
            `app_link` / `app_url`) and native `package_name` from this id. Do not use for Android package name or iOS
            bundle id — use `app_package`.
        build_id (None | Unset | UUID): Specific `builds` table row UUID. When provided, the backend uses this exact
            build instead of resolving the latest build for the given `app_id`.
        app_package (None | str | Unset):
        user_id (None | Unset | UUID):
        org_id (None | Unset | UUID):
        test_id (None | Unset | UUID):
        test_info (None | Test | Unset):
        device_local (bool | None | Unset):  Default: False.
        backend_url (None | str | Unset):
        viewport (None | Unset | Viewport):
        app_link (None | str | Unset):
        app_url (None | str | Unset):
        run_config (None | TestRunConfig | Unset):
        idle_timeout_seconds (int | None | Unset):
        is_simulation (bool | Unset):  Default: False.
        workflow_run_id (None | Unset | UUID):
        launch_env_var_ids (list[UUID] | None | Unset): Org launch variable IDs selected for a raw device session. Only
            valid when `test_id` is absent.
        env_vars (None | StartDeviceInfoEnvVarsType0 | Unset):
        exploration_config (ExplorationSessionConfig | None | Unset): Optional reusable exploration-run context. When
            present, the worker can run an exploratory session instead of a static test.
        storekit_config (IosStoreKitConfigSnapshot | None | Unset): Resolved iOS StoreKit Testing config for this
            launch.
        session_id (None | Unset | UUID):
        startup_session_start_monotonic (float | None | Unset):
        device_model (None | str | Unset):
        os_version (None | str | Unset):
        device_runner_id (None | str | Unset): Optional worker DEVICE_ID label to require for direct device sessions.
        worker_ws_server (Any | None | Unset):
    """

    platform: str | Unset = "android"
    app_id: None | Unset | UUID = UNSET
    build_id: None | Unset | UUID = UNSET
    app_package: None | str | Unset = UNSET
    user_id: None | Unset | UUID = UNSET
    org_id: None | Unset | UUID = UNSET
    test_id: None | Unset | UUID = UNSET
    test_info: None | Test | Unset = UNSET
    device_local: bool | None | Unset = False
    backend_url: None | str | Unset = UNSET
    viewport: None | Unset | Viewport = UNSET
    app_link: None | str | Unset = UNSET
    app_url: None | str | Unset = UNSET
    run_config: None | TestRunConfig | Unset = UNSET
    idle_timeout_seconds: int | None | Unset = UNSET
    is_simulation: bool | Unset = False
    workflow_run_id: None | Unset | UUID = UNSET
    launch_env_var_ids: list[UUID] | None | Unset = UNSET
    env_vars: None | StartDeviceInfoEnvVarsType0 | Unset = UNSET
    exploration_config: ExplorationSessionConfig | None | Unset = UNSET
    storekit_config: IosStoreKitConfigSnapshot | None | Unset = UNSET
    session_id: None | Unset | UUID = UNSET
    startup_session_start_monotonic: float | None | Unset = UNSET
    device_model: None | str | Unset = UNSET
    os_version: None | str | Unset = UNSET
    device_runner_id: None | str | Unset = UNSET
    worker_ws_server: Any | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.exploration_session_config import ExplorationSessionConfig  # noqa: PLC0415
        from ..models.ios_store_kit_config_snapshot import IosStoreKitConfigSnapshot  # noqa: PLC0415
        from ..models.start_device_info_env_vars_type_0 import StartDeviceInfoEnvVarsType0  # noqa: PLC0415
        from ..models.test import Test  # noqa: PLC0415
        from ..models.test_run_config import TestRunConfig  # noqa: PLC0415
        from ..models.viewport import Viewport  # noqa: PLC0415

        platform = self.platform

        app_id: None | str | Unset
        if isinstance(self.app_id, Unset):
            app_id = UNSET
        elif isinstance(self.app_id, UUID):
            app_id = str(self.app_id)
        else:
            app_id = self.app_id

        build_id: None | str | Unset
        if isinstance(self.build_id, Unset):
            build_id = UNSET
        elif isinstance(self.build_id, UUID):
            build_id = str(self.build_id)
        else:
            build_id = self.build_id

        app_package: None | str | Unset
        if isinstance(self.app_package, Unset):
            app_package = UNSET
        else:
            app_package = self.app_package

        user_id: None | str | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        elif isinstance(self.user_id, UUID):
            user_id = str(self.user_id)
        else:
            user_id = self.user_id

        org_id: None | str | Unset
        if isinstance(self.org_id, Unset):
            org_id = UNSET
        elif isinstance(self.org_id, UUID):
            org_id = str(self.org_id)
        else:
            org_id = self.org_id

        test_id: None | str | Unset
        if isinstance(self.test_id, Unset):
            test_id = UNSET
        elif isinstance(self.test_id, UUID):
            test_id = str(self.test_id)
        else:
            test_id = self.test_id

        test_info: dict[str, Any] | None | Unset
        if isinstance(self.test_info, Unset):
            test_info = UNSET
        elif isinstance(self.test_info, Test):
            test_info = self.test_info.to_dict()
        else:
            test_info = self.test_info

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

        viewport: dict[str, Any] | None | Unset
        if isinstance(self.viewport, Unset):
            viewport = UNSET
        elif isinstance(self.viewport, Viewport):
            viewport = self.viewport.to_dict()
        else:
            viewport = self.viewport

        app_link: None | str | Unset
        if isinstance(self.app_link, Unset):
            app_link = UNSET
        else:
            app_link = self.app_link

        app_url: None | str | Unset
        if isinstance(self.app_url, Unset):
            app_url = UNSET
        else:
            app_url = self.app_url

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

        is_simulation = self.is_simulation

        workflow_run_id: None | str | Unset
        if isinstance(self.workflow_run_id, Unset):
            workflow_run_id = UNSET
        elif isinstance(self.workflow_run_id, UUID):
            workflow_run_id = str(self.workflow_run_id)
        else:
            workflow_run_id = self.workflow_run_id

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

        env_vars: dict[str, Any] | None | Unset
        if isinstance(self.env_vars, Unset):
            env_vars = UNSET
        elif isinstance(self.env_vars, StartDeviceInfoEnvVarsType0):
            env_vars = self.env_vars.to_dict()
        else:
            env_vars = self.env_vars

        exploration_config: dict[str, Any] | None | Unset
        if isinstance(self.exploration_config, Unset):
            exploration_config = UNSET
        elif isinstance(self.exploration_config, ExplorationSessionConfig):
            exploration_config = self.exploration_config.to_dict()
        else:
            exploration_config = self.exploration_config

        storekit_config: dict[str, Any] | None | Unset
        if isinstance(self.storekit_config, Unset):
            storekit_config = UNSET
        elif isinstance(self.storekit_config, IosStoreKitConfigSnapshot):
            storekit_config = self.storekit_config.to_dict()
        else:
            storekit_config = self.storekit_config

        session_id: None | str | Unset
        if isinstance(self.session_id, Unset):
            session_id = UNSET
        elif isinstance(self.session_id, UUID):
            session_id = str(self.session_id)
        else:
            session_id = self.session_id

        startup_session_start_monotonic: float | None | Unset
        if isinstance(self.startup_session_start_monotonic, Unset):
            startup_session_start_monotonic = UNSET
        else:
            startup_session_start_monotonic = self.startup_session_start_monotonic

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

        device_runner_id: None | str | Unset
        if isinstance(self.device_runner_id, Unset):
            device_runner_id = UNSET
        else:
            device_runner_id = self.device_runner_id

        worker_ws_server: Any | None | Unset
        if isinstance(self.worker_ws_server, Unset):
            worker_ws_server = UNSET
        else:
            worker_ws_server = self.worker_ws_server

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if platform is not UNSET:
            field_dict["platform"] = platform
        if app_id is not UNSET:
            field_dict["app_id"] = app_id
        if build_id is not UNSET:
            field_dict["build_id"] = build_id
        if app_package is not UNSET:
            field_dict["app_package"] = app_package
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if org_id is not UNSET:
            field_dict["org_id"] = org_id
        if test_id is not UNSET:
            field_dict["test_id"] = test_id
        if test_info is not UNSET:
            field_dict["test_info"] = test_info
        if device_local is not UNSET:
            field_dict["device_local"] = device_local
        if backend_url is not UNSET:
            field_dict["backend_url"] = backend_url
        if viewport is not UNSET:
            field_dict["viewport"] = viewport
        if app_link is not UNSET:
            field_dict["app_link"] = app_link
        if app_url is not UNSET:
            field_dict["app_url"] = app_url
        if run_config is not UNSET:
            field_dict["run_config"] = run_config
        if idle_timeout_seconds is not UNSET:
            field_dict["idle_timeout_seconds"] = idle_timeout_seconds
        if is_simulation is not UNSET:
            field_dict["is_simulation"] = is_simulation
        if workflow_run_id is not UNSET:
            field_dict["workflow_run_id"] = workflow_run_id
        if launch_env_var_ids is not UNSET:
            field_dict["launch_env_var_ids"] = launch_env_var_ids
        if env_vars is not UNSET:
            field_dict["env_vars"] = env_vars
        if exploration_config is not UNSET:
            field_dict["exploration_config"] = exploration_config
        if storekit_config is not UNSET:
            field_dict["storekit_config"] = storekit_config
        if session_id is not UNSET:
            field_dict["session_id"] = session_id
        if startup_session_start_monotonic is not UNSET:
            field_dict["startup_session_start_monotonic"] = startup_session_start_monotonic
        if device_model is not UNSET:
            field_dict["device_model"] = device_model
        if os_version is not UNSET:
            field_dict["os_version"] = os_version
        if device_runner_id is not UNSET:
            field_dict["device_runner_id"] = device_runner_id
        if worker_ws_server is not UNSET:
            field_dict["worker_ws_server"] = worker_ws_server

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.exploration_session_config import ExplorationSessionConfig  # noqa: PLC0415
        from ..models.ios_store_kit_config_snapshot import IosStoreKitConfigSnapshot  # noqa: PLC0415
        from ..models.start_device_info_env_vars_type_0 import StartDeviceInfoEnvVarsType0  # noqa: PLC0415
        from ..models.test import Test  # noqa: PLC0415
        from ..models.test_run_config import TestRunConfig  # noqa: PLC0415
        from ..models.viewport import Viewport  # noqa: PLC0415

        d = dict(src_dict)
        platform = d.pop("platform", UNSET)

        def _parse_app_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                app_id_type_0 = UUID(data)

                return app_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        app_id = _parse_app_id(d.pop("app_id", UNSET))

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

        def _parse_app_package(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        app_package = _parse_app_package(d.pop("app_package", UNSET))

        def _parse_user_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                user_id_type_0 = UUID(data)

                return user_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        user_id = _parse_user_id(d.pop("user_id", UNSET))

        def _parse_org_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                org_id_type_0 = UUID(data)

                return org_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        org_id = _parse_org_id(d.pop("org_id", UNSET))

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

        def _parse_test_info(data: object) -> None | Test | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                test_info_type_0 = Test.from_dict(data)

                return test_info_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Test | Unset, data)

        test_info = _parse_test_info(d.pop("test_info", UNSET))

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

        def _parse_viewport(data: object) -> None | Unset | Viewport:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                viewport_type_0 = Viewport.from_dict(data)

                return viewport_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | Viewport, data)

        viewport = _parse_viewport(d.pop("viewport", UNSET))

        def _parse_app_link(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        app_link = _parse_app_link(d.pop("app_link", UNSET))

        def _parse_app_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        app_url = _parse_app_url(d.pop("app_url", UNSET))

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

        is_simulation = d.pop("is_simulation", UNSET)

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

        def _parse_env_vars(data: object) -> None | StartDeviceInfoEnvVarsType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                env_vars_type_0 = StartDeviceInfoEnvVarsType0.from_dict(data)

                return env_vars_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | StartDeviceInfoEnvVarsType0 | Unset, data)

        env_vars = _parse_env_vars(d.pop("env_vars", UNSET))

        def _parse_exploration_config(data: object) -> ExplorationSessionConfig | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                exploration_config_type_0 = ExplorationSessionConfig.from_dict(data)

                return exploration_config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ExplorationSessionConfig | None | Unset, data)

        exploration_config = _parse_exploration_config(d.pop("exploration_config", UNSET))

        def _parse_storekit_config(data: object) -> IosStoreKitConfigSnapshot | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                storekit_config_type_0 = IosStoreKitConfigSnapshot.from_dict(data)

                return storekit_config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(IosStoreKitConfigSnapshot | None | Unset, data)

        storekit_config = _parse_storekit_config(d.pop("storekit_config", UNSET))

        def _parse_session_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                session_id_type_0 = UUID(data)

                return session_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        session_id = _parse_session_id(d.pop("session_id", UNSET))

        def _parse_startup_session_start_monotonic(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        startup_session_start_monotonic = _parse_startup_session_start_monotonic(
            d.pop("startup_session_start_monotonic", UNSET)
        )

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

        def _parse_device_runner_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        device_runner_id = _parse_device_runner_id(d.pop("device_runner_id", UNSET))

        def _parse_worker_ws_server(data: object) -> Any | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(Any | None | Unset, data)

        worker_ws_server = _parse_worker_ws_server(d.pop("worker_ws_server", UNSET))

        start_device_info = cls(
            platform=platform,
            app_id=app_id,
            build_id=build_id,
            app_package=app_package,
            user_id=user_id,
            org_id=org_id,
            test_id=test_id,
            test_info=test_info,
            device_local=device_local,
            backend_url=backend_url,
            viewport=viewport,
            app_link=app_link,
            app_url=app_url,
            run_config=run_config,
            idle_timeout_seconds=idle_timeout_seconds,
            is_simulation=is_simulation,
            workflow_run_id=workflow_run_id,
            launch_env_var_ids=launch_env_var_ids,
            env_vars=env_vars,
            exploration_config=exploration_config,
            storekit_config=storekit_config,
            session_id=session_id,
            startup_session_start_monotonic=startup_session_start_monotonic,
            device_model=device_model,
            os_version=os_version,
            device_runner_id=device_runner_id,
            worker_ws_server=worker_ws_server,
        )

        start_device_info.additional_properties = d
        return start_device_info

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
