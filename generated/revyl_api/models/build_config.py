from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.build_config_platform import BuildConfigPlatform, check_build_config_platform
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.build_artifact import BuildArtifact
    from ..models.build_cache import BuildCache
    from ..models.build_config_env import BuildConfigEnv
    from ..models.build_step import BuildStep


T = TypeVar("T", bound="BuildConfig")


@_attrs_define
class BuildConfig:
    """Sandbox build configuration stored by the API and used by build jobs.

    Attributes:
        app_id (UUID):
        id (None | Unset | UUID):
        platform (BuildConfigPlatform | Unset):  Default: 'ios'.
        name (str | Unset):  Default: 'Default'.
        is_default (bool | Unset):  Default: True.
        framework (None | str | Unset):
        image (None | str | Unset): Optional sandbox build image key.
        source_subdir (None | str | Unset):
        steps (list[BuildStep] | Unset):
        artifacts (list[BuildArtifact] | Unset):
        caches (list[BuildCache] | Unset):
        env (BuildConfigEnv | Unset):
        secret_refs (list[str] | Unset):
    """

    app_id: UUID
    id: None | Unset | UUID = UNSET
    platform: BuildConfigPlatform | Unset = "ios"
    name: str | Unset = "Default"
    is_default: bool | Unset = True
    framework: None | str | Unset = UNSET
    image: None | str | Unset = UNSET
    source_subdir: None | str | Unset = UNSET
    steps: list[BuildStep] | Unset = UNSET
    artifacts: list[BuildArtifact] | Unset = UNSET
    caches: list[BuildCache] | Unset = UNSET
    env: BuildConfigEnv | Unset = UNSET
    secret_refs: list[str] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        app_id = str(self.app_id)

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        elif isinstance(self.id, UUID):
            id = str(self.id)
        else:
            id = self.id

        platform: str | Unset = UNSET
        if not isinstance(self.platform, Unset):
            platform = self.platform

        name = self.name

        is_default = self.is_default

        framework: None | str | Unset
        if isinstance(self.framework, Unset):
            framework = UNSET
        else:
            framework = self.framework

        image: None | str | Unset
        if isinstance(self.image, Unset):
            image = UNSET
        else:
            image = self.image

        source_subdir: None | str | Unset
        if isinstance(self.source_subdir, Unset):
            source_subdir = UNSET
        else:
            source_subdir = self.source_subdir

        steps: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.steps, Unset):
            steps = []
            for steps_item_data in self.steps:
                steps_item = steps_item_data.to_dict()
                steps.append(steps_item)

        artifacts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.artifacts, Unset):
            artifacts = []
            for artifacts_item_data in self.artifacts:
                artifacts_item = artifacts_item_data.to_dict()
                artifacts.append(artifacts_item)

        caches: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.caches, Unset):
            caches = []
            for caches_item_data in self.caches:
                caches_item = caches_item_data.to_dict()
                caches.append(caches_item)

        env: dict[str, Any] | Unset = UNSET
        if not isinstance(self.env, Unset):
            env = self.env.to_dict()

        secret_refs: list[str] | Unset = UNSET
        if not isinstance(self.secret_refs, Unset):
            secret_refs = self.secret_refs

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "app_id": app_id,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if platform is not UNSET:
            field_dict["platform"] = platform
        if name is not UNSET:
            field_dict["name"] = name
        if is_default is not UNSET:
            field_dict["is_default"] = is_default
        if framework is not UNSET:
            field_dict["framework"] = framework
        if image is not UNSET:
            field_dict["image"] = image
        if source_subdir is not UNSET:
            field_dict["source_subdir"] = source_subdir
        if steps is not UNSET:
            field_dict["steps"] = steps
        if artifacts is not UNSET:
            field_dict["artifacts"] = artifacts
        if caches is not UNSET:
            field_dict["caches"] = caches
        if env is not UNSET:
            field_dict["env"] = env
        if secret_refs is not UNSET:
            field_dict["secret_refs"] = secret_refs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.build_artifact import BuildArtifact  # noqa: PLC0415
        from ..models.build_cache import BuildCache  # noqa: PLC0415
        from ..models.build_config_env import BuildConfigEnv  # noqa: PLC0415
        from ..models.build_step import BuildStep  # noqa: PLC0415

        d = dict(src_dict)
        app_id = UUID(d.pop("app_id"))

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

        _platform = d.pop("platform", UNSET)
        platform: BuildConfigPlatform | Unset
        if isinstance(_platform, Unset):
            platform = UNSET
        else:
            platform = check_build_config_platform(_platform)

        name = d.pop("name", UNSET)

        is_default = d.pop("is_default", UNSET)

        def _parse_framework(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        framework = _parse_framework(d.pop("framework", UNSET))

        def _parse_image(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        image = _parse_image(d.pop("image", UNSET))

        def _parse_source_subdir(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        source_subdir = _parse_source_subdir(d.pop("source_subdir", UNSET))

        _steps = d.pop("steps", UNSET)
        steps: list[BuildStep] | Unset = UNSET
        if _steps is not UNSET:
            steps = []
            for steps_item_data in _steps:
                steps_item = BuildStep.from_dict(steps_item_data)

                steps.append(steps_item)

        _artifacts = d.pop("artifacts", UNSET)
        artifacts: list[BuildArtifact] | Unset = UNSET
        if _artifacts is not UNSET:
            artifacts = []
            for artifacts_item_data in _artifacts:
                artifacts_item = BuildArtifact.from_dict(artifacts_item_data)

                artifacts.append(artifacts_item)

        _caches = d.pop("caches", UNSET)
        caches: list[BuildCache] | Unset = UNSET
        if _caches is not UNSET:
            caches = []
            for caches_item_data in _caches:
                caches_item = BuildCache.from_dict(caches_item_data)

                caches.append(caches_item)

        _env = d.pop("env", UNSET)
        env: BuildConfigEnv | Unset
        if isinstance(_env, Unset):
            env = UNSET
        else:
            env = BuildConfigEnv.from_dict(_env)

        secret_refs = cast(list[str], d.pop("secret_refs", UNSET))

        build_config = cls(
            app_id=app_id,
            id=id,
            platform=platform,
            name=name,
            is_default=is_default,
            framework=framework,
            image=image,
            source_subdir=source_subdir,
            steps=steps,
            artifacts=artifacts,
            caches=caches,
            env=env,
            secret_refs=secret_refs,
        )

        return build_config
