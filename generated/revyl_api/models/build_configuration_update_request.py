from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.build_artifact import BuildArtifact
    from ..models.build_cache import BuildCache
    from ..models.build_configuration_update_request_env_type_0 import BuildConfigurationUpdateRequestEnvType0
    from ..models.build_step import BuildStep


T = TypeVar("T", bound="BuildConfigurationUpdateRequest")


@_attrs_define
class BuildConfigurationUpdateRequest:
    """
    Attributes:
        name (None | str | Unset):
        is_default (bool | None | Unset):
        framework (None | str | Unset):
        image (None | str | Unset):
        source_subdir (None | str | Unset):
        steps (list[BuildStep] | None | Unset):
        artifacts (list[BuildArtifact] | None | Unset):
        caches (list[BuildCache] | None | Unset):
        env (BuildConfigurationUpdateRequestEnvType0 | None | Unset):
        secret_refs (list[str] | None | Unset):
    """

    name: None | str | Unset = UNSET
    is_default: bool | None | Unset = UNSET
    framework: None | str | Unset = UNSET
    image: None | str | Unset = UNSET
    source_subdir: None | str | Unset = UNSET
    steps: list[BuildStep] | None | Unset = UNSET
    artifacts: list[BuildArtifact] | None | Unset = UNSET
    caches: list[BuildCache] | None | Unset = UNSET
    env: BuildConfigurationUpdateRequestEnvType0 | None | Unset = UNSET
    secret_refs: list[str] | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.build_configuration_update_request_env_type_0 import BuildConfigurationUpdateRequestEnvType0  # noqa: PLC0415

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        is_default: bool | None | Unset
        if isinstance(self.is_default, Unset):
            is_default = UNSET
        else:
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

        steps: list[dict[str, Any]] | None | Unset
        if isinstance(self.steps, Unset):
            steps = UNSET
        elif isinstance(self.steps, list):
            steps = []
            for steps_type_0_item_data in self.steps:
                steps_type_0_item = steps_type_0_item_data.to_dict()
                steps.append(steps_type_0_item)

        else:
            steps = self.steps

        artifacts: list[dict[str, Any]] | None | Unset
        if isinstance(self.artifacts, Unset):
            artifacts = UNSET
        elif isinstance(self.artifacts, list):
            artifacts = []
            for artifacts_type_0_item_data in self.artifacts:
                artifacts_type_0_item = artifacts_type_0_item_data.to_dict()
                artifacts.append(artifacts_type_0_item)

        else:
            artifacts = self.artifacts

        caches: list[dict[str, Any]] | None | Unset
        if isinstance(self.caches, Unset):
            caches = UNSET
        elif isinstance(self.caches, list):
            caches = []
            for caches_type_0_item_data in self.caches:
                caches_type_0_item = caches_type_0_item_data.to_dict()
                caches.append(caches_type_0_item)

        else:
            caches = self.caches

        env: dict[str, Any] | None | Unset
        if isinstance(self.env, Unset):
            env = UNSET
        elif isinstance(self.env, BuildConfigurationUpdateRequestEnvType0):
            env = self.env.to_dict()
        else:
            env = self.env

        secret_refs: list[str] | None | Unset
        if isinstance(self.secret_refs, Unset):
            secret_refs = UNSET
        elif isinstance(self.secret_refs, list):
            secret_refs = self.secret_refs

        else:
            secret_refs = self.secret_refs

        field_dict: dict[str, Any] = {}

        field_dict.update({})
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
        from ..models.build_configuration_update_request_env_type_0 import BuildConfigurationUpdateRequestEnvType0  # noqa: PLC0415
        from ..models.build_step import BuildStep  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_is_default(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_default = _parse_is_default(d.pop("is_default", UNSET))

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

        def _parse_steps(data: object) -> list[BuildStep] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                steps_type_0 = []
                _steps_type_0 = data
                for steps_type_0_item_data in _steps_type_0:
                    steps_type_0_item = BuildStep.from_dict(steps_type_0_item_data)

                    steps_type_0.append(steps_type_0_item)

                return steps_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[BuildStep] | None | Unset, data)

        steps = _parse_steps(d.pop("steps", UNSET))

        def _parse_artifacts(data: object) -> list[BuildArtifact] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                artifacts_type_0 = []
                _artifacts_type_0 = data
                for artifacts_type_0_item_data in _artifacts_type_0:
                    artifacts_type_0_item = BuildArtifact.from_dict(artifacts_type_0_item_data)

                    artifacts_type_0.append(artifacts_type_0_item)

                return artifacts_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[BuildArtifact] | None | Unset, data)

        artifacts = _parse_artifacts(d.pop("artifacts", UNSET))

        def _parse_caches(data: object) -> list[BuildCache] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                caches_type_0 = []
                _caches_type_0 = data
                for caches_type_0_item_data in _caches_type_0:
                    caches_type_0_item = BuildCache.from_dict(caches_type_0_item_data)

                    caches_type_0.append(caches_type_0_item)

                return caches_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[BuildCache] | None | Unset, data)

        caches = _parse_caches(d.pop("caches", UNSET))

        def _parse_env(data: object) -> BuildConfigurationUpdateRequestEnvType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                env_type_0 = BuildConfigurationUpdateRequestEnvType0.from_dict(data)

                return env_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BuildConfigurationUpdateRequestEnvType0 | None | Unset, data)

        env = _parse_env(d.pop("env", UNSET))

        def _parse_secret_refs(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                secret_refs_type_0 = cast(list[str], data)

                return secret_refs_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        secret_refs = _parse_secret_refs(d.pop("secret_refs", UNSET))

        build_configuration_update_request = cls(
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

        return build_configuration_update_request
