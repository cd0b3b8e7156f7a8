from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.scm_build_target_response_platform import (
    ScmBuildTargetResponsePlatform,
    check_scm_build_target_response_platform,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.build_config import BuildConfig


T = TypeVar("T", bound="ScmBuildTargetResponse")


@_attrs_define
class ScmBuildTargetResponse:
    """
    Attributes:
        build_configuration_id (UUID):
        app_id (UUID):
        platform (ScmBuildTargetResponsePlatform | str):
        build_configuration (BuildConfig): Sandbox build configuration stored by the API and used by build jobs.
        use_existing_ci (bool | Unset):  Default: False.
        enabled (bool | Unset):  Default: True.
        name (None | str | Unset):
        framework (None | str | Unset):
        source_subdir (None | str | Unset):
    """

    build_configuration_id: UUID
    app_id: UUID
    platform: ScmBuildTargetResponsePlatform | str
    build_configuration: BuildConfig
    use_existing_ci: bool | Unset = False
    enabled: bool | Unset = True
    name: None | str | Unset = UNSET
    framework: None | str | Unset = UNSET
    source_subdir: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        build_configuration_id = str(self.build_configuration_id)

        app_id = str(self.app_id)

        platform: str
        if isinstance(self.platform, str):
            platform = self.platform
        else:
            platform = self.platform

        build_configuration = self.build_configuration.to_dict()

        use_existing_ci = self.use_existing_ci

        enabled = self.enabled

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        framework: None | str | Unset
        if isinstance(self.framework, Unset):
            framework = UNSET
        else:
            framework = self.framework

        source_subdir: None | str | Unset
        if isinstance(self.source_subdir, Unset):
            source_subdir = UNSET
        else:
            source_subdir = self.source_subdir

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "build_configuration_id": build_configuration_id,
                "app_id": app_id,
                "platform": platform,
                "build_configuration": build_configuration,
            }
        )
        if use_existing_ci is not UNSET:
            field_dict["use_existing_ci"] = use_existing_ci
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if name is not UNSET:
            field_dict["name"] = name
        if framework is not UNSET:
            field_dict["framework"] = framework
        if source_subdir is not UNSET:
            field_dict["source_subdir"] = source_subdir

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.build_config import BuildConfig  # noqa: PLC0415

        d = dict(src_dict)
        build_configuration_id = UUID(d.pop("build_configuration_id"))

        app_id = UUID(d.pop("app_id"))

        def _parse_platform(data: object) -> ScmBuildTargetResponsePlatform | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                platform_type_0 = check_scm_build_target_response_platform(data)

                return platform_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ScmBuildTargetResponsePlatform | str, data)

        platform = _parse_platform(d.pop("platform"))

        build_configuration = BuildConfig.from_dict(d.pop("build_configuration"))

        use_existing_ci = d.pop("use_existing_ci", UNSET)

        enabled = d.pop("enabled", UNSET)

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_framework(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        framework = _parse_framework(d.pop("framework", UNSET))

        def _parse_source_subdir(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        source_subdir = _parse_source_subdir(d.pop("source_subdir", UNSET))

        scm_build_target_response = cls(
            build_configuration_id=build_configuration_id,
            app_id=app_id,
            platform=platform,
            build_configuration=build_configuration,
            use_existing_ci=use_existing_ci,
            enabled=enabled,
            name=name,
            framework=framework,
            source_subdir=source_subdir,
        )

        scm_build_target_response.additional_properties = d
        return scm_build_target_response

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
