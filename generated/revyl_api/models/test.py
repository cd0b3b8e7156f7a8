from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.action_block import ActionBlock
    from ..models.cached_action_store import CachedActionStore
    from ..models.if_block import IfBlock
    from ..models.mobile_target import MobileTarget
    from ..models.resolved_build import ResolvedBuild
    from ..models.tag import Tag
    from ..models.task_metadata import TaskMetadata
    from ..models.test_run_config import TestRunConfig
    from ..models.test_tasks_type_1_item import TestTasksType1Item
    from ..models.test_viewport_type_0 import TestViewportType0
    from ..models.while_block import WhileBlock


T = TypeVar("T", bound="Test")


@_attrs_define
class Test:
    """
    Attributes:
        name (None | str | Unset):
        owner (None | Unset | UUID):
        platform (str | Unset):  Default: 'Android'.
        flowdescription (None | str | Unset):  Default: ''.
        tasks (list[ActionBlock | IfBlock | WhileBlock] | list[TaskMetadata] | list[TestTasksType1Item] | Unset):
        cached_elements (CachedActionStore | None | Unset):
        link (None | str | Unset):  Default: ''.
        user_id (None | Unset | UUID):
        id (None | Unset | UUID):
        device_local (bool | None | Unset):  Default: False.
        get_downloads (bool | None | Unset):  Default: False.
        backend_url (None | str | Unset):
        retries (int | None | Unset):  Default: 1.
        app_link (None | str | Unset):
        package_name (None | str | Unset):
        run_id (None | Unset | UUID):
        app_package (None | str | Unset):
        viewport (None | TestViewportType0 | Unset):
        llm_model_name (None | str | Unset):
        run_config (None | TestRunConfig | Unset):
        test_timeout_seconds (int | None | Unset): Per-test execution timeout in seconds. Null disables the override.
        app_id (None | Unset | UUID):
        pinned_version (None | str | Unset):
        resolved_build (None | ResolvedBuild | Unset):
        orientation (None | str | Unset): Device orientation from test_mobile_details ('portrait' or 'landscape')
        last_status (None | str | Unset): Status of the most recent execution (success, failure, timeout, cancelled,
            running, queued, setup, verifying, or None)
        last_execution_time (None | str | Unset): ISO timestamp of the most recent execution completion
        last_duration (float | None | Unset): Duration of the most recent execution in seconds
        last_execution_id (None | Unset | UUID): Execution ID of the most recent execution for deep-linking to report
            (was last_task_id)
        tags (list[Tag] | None | Unset): Tags associated with this test for categorization and filtering
        mobile_targets (list[MobileTarget] | None | Unset): Saved device model + runtime targets for this test
        version (int | None | Unset): Current version number for optimistic locking. Increments on each save.
        last_modified_by (None | Unset | UUID): UUID of the user who last modified this test.
        expected_version (int | None | Unset): Expected version for optimistic locking. If provided and doesn't match
            current version, update will fail with 409 Conflict.
    """

    name: None | str | Unset = UNSET
    owner: None | Unset | UUID = UNSET
    platform: str | Unset = "Android"
    flowdescription: None | str | Unset = ""
    tasks: list[ActionBlock | IfBlock | WhileBlock] | list[TaskMetadata] | list[TestTasksType1Item] | Unset = UNSET
    cached_elements: CachedActionStore | None | Unset = UNSET
    link: None | str | Unset = ""
    user_id: None | Unset | UUID = UNSET
    id: None | Unset | UUID = UNSET
    device_local: bool | None | Unset = False
    get_downloads: bool | None | Unset = False
    backend_url: None | str | Unset = UNSET
    retries: int | None | Unset = 1
    app_link: None | str | Unset = UNSET
    package_name: None | str | Unset = UNSET
    run_id: None | Unset | UUID = UNSET
    app_package: None | str | Unset = UNSET
    viewport: None | TestViewportType0 | Unset = UNSET
    llm_model_name: None | str | Unset = UNSET
    run_config: None | TestRunConfig | Unset = UNSET
    test_timeout_seconds: int | None | Unset = UNSET
    app_id: None | Unset | UUID = UNSET
    pinned_version: None | str | Unset = UNSET
    resolved_build: None | ResolvedBuild | Unset = UNSET
    orientation: None | str | Unset = UNSET
    last_status: None | str | Unset = UNSET
    last_execution_time: None | str | Unset = UNSET
    last_duration: float | None | Unset = UNSET
    last_execution_id: None | Unset | UUID = UNSET
    tags: list[Tag] | None | Unset = UNSET
    mobile_targets: list[MobileTarget] | None | Unset = UNSET
    version: int | None | Unset = UNSET
    last_modified_by: None | Unset | UUID = UNSET
    expected_version: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.action_block import ActionBlock  # noqa: PLC0415
        from ..models.cached_action_store import CachedActionStore  # noqa: PLC0415
        from ..models.if_block import IfBlock  # noqa: PLC0415
        from ..models.resolved_build import ResolvedBuild  # noqa: PLC0415
        from ..models.test_run_config import TestRunConfig  # noqa: PLC0415
        from ..models.test_viewport_type_0 import TestViewportType0  # noqa: PLC0415

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        owner: None | str | Unset
        if isinstance(self.owner, Unset):
            owner = UNSET
        elif isinstance(self.owner, UUID):
            owner = str(self.owner)
        else:
            owner = self.owner

        platform = self.platform

        flowdescription: None | str | Unset
        if isinstance(self.flowdescription, Unset):
            flowdescription = UNSET
        else:
            flowdescription = self.flowdescription

        tasks: list[dict[str, Any]] | Unset
        if isinstance(self.tasks, Unset):
            tasks = UNSET
        elif isinstance(self.tasks, list):
            tasks = []
            for tasks_type_0_item_data in self.tasks:
                tasks_type_0_item: dict[str, Any]
                if isinstance(tasks_type_0_item_data, ActionBlock):
                    tasks_type_0_item = tasks_type_0_item_data.to_dict()
                elif isinstance(tasks_type_0_item_data, IfBlock):
                    tasks_type_0_item = tasks_type_0_item_data.to_dict()
                else:
                    tasks_type_0_item = tasks_type_0_item_data.to_dict()

                tasks.append(tasks_type_0_item)

        elif isinstance(self.tasks, list):
            tasks = []
            for tasks_type_1_item_data in self.tasks:
                tasks_type_1_item = tasks_type_1_item_data.to_dict()
                tasks.append(tasks_type_1_item)

        else:
            tasks = []
            for tasks_type_2_item_data in self.tasks:
                tasks_type_2_item = tasks_type_2_item_data.to_dict()
                tasks.append(tasks_type_2_item)

        cached_elements: dict[str, Any] | None | Unset
        if isinstance(self.cached_elements, Unset):
            cached_elements = UNSET
        elif isinstance(self.cached_elements, CachedActionStore):
            cached_elements = self.cached_elements.to_dict()
        else:
            cached_elements = self.cached_elements

        link: None | str | Unset
        if isinstance(self.link, Unset):
            link = UNSET
        else:
            link = self.link

        user_id: None | str | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        elif isinstance(self.user_id, UUID):
            user_id = str(self.user_id)
        else:
            user_id = self.user_id

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        elif isinstance(self.id, UUID):
            id = str(self.id)
        else:
            id = self.id

        device_local: bool | None | Unset
        if isinstance(self.device_local, Unset):
            device_local = UNSET
        else:
            device_local = self.device_local

        get_downloads: bool | None | Unset
        if isinstance(self.get_downloads, Unset):
            get_downloads = UNSET
        else:
            get_downloads = self.get_downloads

        backend_url: None | str | Unset
        if isinstance(self.backend_url, Unset):
            backend_url = UNSET
        else:
            backend_url = self.backend_url

        retries: int | None | Unset
        if isinstance(self.retries, Unset):
            retries = UNSET
        else:
            retries = self.retries

        app_link: None | str | Unset
        if isinstance(self.app_link, Unset):
            app_link = UNSET
        else:
            app_link = self.app_link

        package_name: None | str | Unset
        if isinstance(self.package_name, Unset):
            package_name = UNSET
        else:
            package_name = self.package_name

        run_id: None | str | Unset
        if isinstance(self.run_id, Unset):
            run_id = UNSET
        elif isinstance(self.run_id, UUID):
            run_id = str(self.run_id)
        else:
            run_id = self.run_id

        app_package: None | str | Unset
        if isinstance(self.app_package, Unset):
            app_package = UNSET
        else:
            app_package = self.app_package

        viewport: dict[str, Any] | None | Unset
        if isinstance(self.viewport, Unset):
            viewport = UNSET
        elif isinstance(self.viewport, TestViewportType0):
            viewport = self.viewport.to_dict()
        else:
            viewport = self.viewport

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

        test_timeout_seconds: int | None | Unset
        if isinstance(self.test_timeout_seconds, Unset):
            test_timeout_seconds = UNSET
        else:
            test_timeout_seconds = self.test_timeout_seconds

        app_id: None | str | Unset
        if isinstance(self.app_id, Unset):
            app_id = UNSET
        elif isinstance(self.app_id, UUID):
            app_id = str(self.app_id)
        else:
            app_id = self.app_id

        pinned_version: None | str | Unset
        if isinstance(self.pinned_version, Unset):
            pinned_version = UNSET
        else:
            pinned_version = self.pinned_version

        resolved_build: dict[str, Any] | None | Unset
        if isinstance(self.resolved_build, Unset):
            resolved_build = UNSET
        elif isinstance(self.resolved_build, ResolvedBuild):
            resolved_build = self.resolved_build.to_dict()
        else:
            resolved_build = self.resolved_build

        orientation: None | str | Unset
        if isinstance(self.orientation, Unset):
            orientation = UNSET
        else:
            orientation = self.orientation

        last_status: None | str | Unset
        if isinstance(self.last_status, Unset):
            last_status = UNSET
        else:
            last_status = self.last_status

        last_execution_time: None | str | Unset
        if isinstance(self.last_execution_time, Unset):
            last_execution_time = UNSET
        else:
            last_execution_time = self.last_execution_time

        last_duration: float | None | Unset
        if isinstance(self.last_duration, Unset):
            last_duration = UNSET
        else:
            last_duration = self.last_duration

        last_execution_id: None | str | Unset
        if isinstance(self.last_execution_id, Unset):
            last_execution_id = UNSET
        elif isinstance(self.last_execution_id, UUID):
            last_execution_id = str(self.last_execution_id)
        else:
            last_execution_id = self.last_execution_id

        tags: list[dict[str, Any]] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, list):
            tags = []
            for tags_type_0_item_data in self.tags:
                tags_type_0_item = tags_type_0_item_data.to_dict()
                tags.append(tags_type_0_item)

        else:
            tags = self.tags

        mobile_targets: list[dict[str, Any]] | None | Unset
        if isinstance(self.mobile_targets, Unset):
            mobile_targets = UNSET
        elif isinstance(self.mobile_targets, list):
            mobile_targets = []
            for mobile_targets_type_0_item_data in self.mobile_targets:
                mobile_targets_type_0_item = mobile_targets_type_0_item_data.to_dict()
                mobile_targets.append(mobile_targets_type_0_item)

        else:
            mobile_targets = self.mobile_targets

        version: int | None | Unset
        if isinstance(self.version, Unset):
            version = UNSET
        else:
            version = self.version

        last_modified_by: None | str | Unset
        if isinstance(self.last_modified_by, Unset):
            last_modified_by = UNSET
        elif isinstance(self.last_modified_by, UUID):
            last_modified_by = str(self.last_modified_by)
        else:
            last_modified_by = self.last_modified_by

        expected_version: int | None | Unset
        if isinstance(self.expected_version, Unset):
            expected_version = UNSET
        else:
            expected_version = self.expected_version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if owner is not UNSET:
            field_dict["owner"] = owner
        if platform is not UNSET:
            field_dict["platform"] = platform
        if flowdescription is not UNSET:
            field_dict["flowdescription"] = flowdescription
        if tasks is not UNSET:
            field_dict["tasks"] = tasks
        if cached_elements is not UNSET:
            field_dict["cached_elements"] = cached_elements
        if link is not UNSET:
            field_dict["link"] = link
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if id is not UNSET:
            field_dict["id"] = id
        if device_local is not UNSET:
            field_dict["device_local"] = device_local
        if get_downloads is not UNSET:
            field_dict["get_downloads"] = get_downloads
        if backend_url is not UNSET:
            field_dict["backend_url"] = backend_url
        if retries is not UNSET:
            field_dict["retries"] = retries
        if app_link is not UNSET:
            field_dict["app_link"] = app_link
        if package_name is not UNSET:
            field_dict["package_name"] = package_name
        if run_id is not UNSET:
            field_dict["run_id"] = run_id
        if app_package is not UNSET:
            field_dict["app_package"] = app_package
        if viewport is not UNSET:
            field_dict["viewport"] = viewport
        if llm_model_name is not UNSET:
            field_dict["llm_model_name"] = llm_model_name
        if run_config is not UNSET:
            field_dict["run_config"] = run_config
        if test_timeout_seconds is not UNSET:
            field_dict["test_timeout_seconds"] = test_timeout_seconds
        if app_id is not UNSET:
            field_dict["app_id"] = app_id
        if pinned_version is not UNSET:
            field_dict["pinned_version"] = pinned_version
        if resolved_build is not UNSET:
            field_dict["resolved_build"] = resolved_build
        if orientation is not UNSET:
            field_dict["orientation"] = orientation
        if last_status is not UNSET:
            field_dict["last_status"] = last_status
        if last_execution_time is not UNSET:
            field_dict["last_execution_time"] = last_execution_time
        if last_duration is not UNSET:
            field_dict["last_duration"] = last_duration
        if last_execution_id is not UNSET:
            field_dict["last_execution_id"] = last_execution_id
        if tags is not UNSET:
            field_dict["tags"] = tags
        if mobile_targets is not UNSET:
            field_dict["mobile_targets"] = mobile_targets
        if version is not UNSET:
            field_dict["version"] = version
        if last_modified_by is not UNSET:
            field_dict["last_modified_by"] = last_modified_by
        if expected_version is not UNSET:
            field_dict["expected_version"] = expected_version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.action_block import ActionBlock  # noqa: PLC0415
        from ..models.cached_action_store import CachedActionStore  # noqa: PLC0415
        from ..models.if_block import IfBlock  # noqa: PLC0415
        from ..models.mobile_target import MobileTarget  # noqa: PLC0415
        from ..models.resolved_build import ResolvedBuild  # noqa: PLC0415
        from ..models.tag import Tag  # noqa: PLC0415
        from ..models.task_metadata import TaskMetadata  # noqa: PLC0415
        from ..models.test_run_config import TestRunConfig  # noqa: PLC0415
        from ..models.test_tasks_type_1_item import TestTasksType1Item  # noqa: PLC0415
        from ..models.test_viewport_type_0 import TestViewportType0  # noqa: PLC0415
        from ..models.while_block import WhileBlock  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_owner(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                owner_type_0 = UUID(data)

                return owner_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        owner = _parse_owner(d.pop("owner", UNSET))

        platform = d.pop("platform", UNSET)

        def _parse_flowdescription(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        flowdescription = _parse_flowdescription(d.pop("flowdescription", UNSET))

        def _parse_tasks(
            data: object,
        ) -> list[ActionBlock | IfBlock | WhileBlock] | list[TaskMetadata] | list[TestTasksType1Item] | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                tasks_type_0 = []
                _tasks_type_0 = data
                for tasks_type_0_item_data in _tasks_type_0:

                    def _parse_tasks_type_0_item(data: object) -> ActionBlock | IfBlock | WhileBlock:
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            tasks_type_0_item_type_0 = ActionBlock.from_dict(data)

                            return tasks_type_0_item_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            tasks_type_0_item_type_1 = IfBlock.from_dict(data)

                            return tasks_type_0_item_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        if not isinstance(data, dict):
                            raise TypeError()
                        tasks_type_0_item_type_2 = WhileBlock.from_dict(data)

                        return tasks_type_0_item_type_2

                    tasks_type_0_item = _parse_tasks_type_0_item(tasks_type_0_item_data)

                    tasks_type_0.append(tasks_type_0_item)

                return tasks_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, list):
                    raise TypeError()
                tasks_type_1 = []
                _tasks_type_1 = data
                for tasks_type_1_item_data in _tasks_type_1:
                    tasks_type_1_item = TestTasksType1Item.from_dict(tasks_type_1_item_data)

                    tasks_type_1.append(tasks_type_1_item)

                return tasks_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            tasks_type_2 = []
            _tasks_type_2 = data
            for tasks_type_2_item_data in _tasks_type_2:
                tasks_type_2_item = TaskMetadata.from_dict(tasks_type_2_item_data)

                tasks_type_2.append(tasks_type_2_item)

            return tasks_type_2

        tasks = _parse_tasks(d.pop("tasks", UNSET))

        def _parse_cached_elements(data: object) -> CachedActionStore | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                cached_elements_type_0 = CachedActionStore.from_dict(data)

                return cached_elements_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CachedActionStore | None | Unset, data)

        cached_elements = _parse_cached_elements(d.pop("cached_elements", UNSET))

        def _parse_link(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        link = _parse_link(d.pop("link", UNSET))

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

        def _parse_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                id_type_0 = UUID(data)

                return id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_device_local(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        device_local = _parse_device_local(d.pop("device_local", UNSET))

        def _parse_get_downloads(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        get_downloads = _parse_get_downloads(d.pop("get_downloads", UNSET))

        def _parse_backend_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        backend_url = _parse_backend_url(d.pop("backend_url", UNSET))

        def _parse_retries(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        retries = _parse_retries(d.pop("retries", UNSET))

        def _parse_app_link(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        app_link = _parse_app_link(d.pop("app_link", UNSET))

        def _parse_package_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        package_name = _parse_package_name(d.pop("package_name", UNSET))

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

        def _parse_app_package(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        app_package = _parse_app_package(d.pop("app_package", UNSET))

        def _parse_viewport(data: object) -> None | TestViewportType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                viewport_type_0 = TestViewportType0.from_dict(data)

                return viewport_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TestViewportType0 | Unset, data)

        viewport = _parse_viewport(d.pop("viewport", UNSET))

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

        def _parse_test_timeout_seconds(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        test_timeout_seconds = _parse_test_timeout_seconds(d.pop("test_timeout_seconds", UNSET))

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

        def _parse_pinned_version(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        pinned_version = _parse_pinned_version(d.pop("pinned_version", UNSET))

        def _parse_resolved_build(data: object) -> None | ResolvedBuild | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                resolved_build_type_0 = ResolvedBuild.from_dict(data)

                return resolved_build_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ResolvedBuild | Unset, data)

        resolved_build = _parse_resolved_build(d.pop("resolved_build", UNSET))

        def _parse_orientation(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        orientation = _parse_orientation(d.pop("orientation", UNSET))

        def _parse_last_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_status = _parse_last_status(d.pop("last_status", UNSET))

        def _parse_last_execution_time(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_execution_time = _parse_last_execution_time(d.pop("last_execution_time", UNSET))

        def _parse_last_duration(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        last_duration = _parse_last_duration(d.pop("last_duration", UNSET))

        def _parse_last_execution_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_execution_id_type_0 = UUID(data)

                return last_execution_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        last_execution_id = _parse_last_execution_id(d.pop("last_execution_id", UNSET))

        def _parse_tags(data: object) -> list[Tag] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                tags_type_0 = []
                _tags_type_0 = data
                for tags_type_0_item_data in _tags_type_0:
                    tags_type_0_item = Tag.from_dict(tags_type_0_item_data)

                    tags_type_0.append(tags_type_0_item)

                return tags_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Tag] | None | Unset, data)

        tags = _parse_tags(d.pop("tags", UNSET))

        def _parse_mobile_targets(data: object) -> list[MobileTarget] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                mobile_targets_type_0 = []
                _mobile_targets_type_0 = data
                for mobile_targets_type_0_item_data in _mobile_targets_type_0:
                    mobile_targets_type_0_item = MobileTarget.from_dict(mobile_targets_type_0_item_data)

                    mobile_targets_type_0.append(mobile_targets_type_0_item)

                return mobile_targets_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[MobileTarget] | None | Unset, data)

        mobile_targets = _parse_mobile_targets(d.pop("mobile_targets", UNSET))

        def _parse_version(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        version = _parse_version(d.pop("version", UNSET))

        def _parse_last_modified_by(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_modified_by_type_0 = UUID(data)

                return last_modified_by_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        last_modified_by = _parse_last_modified_by(d.pop("last_modified_by", UNSET))

        def _parse_expected_version(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        expected_version = _parse_expected_version(d.pop("expected_version", UNSET))

        test = cls(
            name=name,
            owner=owner,
            platform=platform,
            flowdescription=flowdescription,
            tasks=tasks,
            cached_elements=cached_elements,
            link=link,
            user_id=user_id,
            id=id,
            device_local=device_local,
            get_downloads=get_downloads,
            backend_url=backend_url,
            retries=retries,
            app_link=app_link,
            package_name=package_name,
            run_id=run_id,
            app_package=app_package,
            viewport=viewport,
            llm_model_name=llm_model_name,
            run_config=run_config,
            test_timeout_seconds=test_timeout_seconds,
            app_id=app_id,
            pinned_version=pinned_version,
            resolved_build=resolved_build,
            orientation=orientation,
            last_status=last_status,
            last_execution_time=last_execution_time,
            last_duration=last_duration,
            last_execution_id=last_execution_id,
            tags=tags,
            mobile_targets=mobile_targets,
            version=version,
            last_modified_by=last_modified_by,
            expected_version=expected_version,
        )

        test.additional_properties = d
        return test

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
