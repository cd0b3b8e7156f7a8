from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.expo_build_artifacts import ExpoBuildArtifacts


T = TypeVar("T", bound="ExpoBuildItem")


@_attrs_define
class ExpoBuildItem:
    """
    Attributes:
        id (None | str | Unset):
        status (None | str | Unset):
        platform (None | str | Unset):
        distribution (None | str | Unset):
        build_profile (None | str | Unset):
        app_version (None | str | Unset):
        sdk_version (None | str | Unset):
        git_commit_hash (None | str | Unset):
        created_at (None | str | Unset):
        completed_at (None | str | Unset):
        artifacts (ExpoBuildArtifacts | None | Unset):
    """

    id: None | str | Unset = UNSET
    status: None | str | Unset = UNSET
    platform: None | str | Unset = UNSET
    distribution: None | str | Unset = UNSET
    build_profile: None | str | Unset = UNSET
    app_version: None | str | Unset = UNSET
    sdk_version: None | str | Unset = UNSET
    git_commit_hash: None | str | Unset = UNSET
    created_at: None | str | Unset = UNSET
    completed_at: None | str | Unset = UNSET
    artifacts: ExpoBuildArtifacts | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.expo_build_artifacts import ExpoBuildArtifacts  # noqa: PLC0415

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        platform: None | str | Unset
        if isinstance(self.platform, Unset):
            platform = UNSET
        else:
            platform = self.platform

        distribution: None | str | Unset
        if isinstance(self.distribution, Unset):
            distribution = UNSET
        else:
            distribution = self.distribution

        build_profile: None | str | Unset
        if isinstance(self.build_profile, Unset):
            build_profile = UNSET
        else:
            build_profile = self.build_profile

        app_version: None | str | Unset
        if isinstance(self.app_version, Unset):
            app_version = UNSET
        else:
            app_version = self.app_version

        sdk_version: None | str | Unset
        if isinstance(self.sdk_version, Unset):
            sdk_version = UNSET
        else:
            sdk_version = self.sdk_version

        git_commit_hash: None | str | Unset
        if isinstance(self.git_commit_hash, Unset):
            git_commit_hash = UNSET
        else:
            git_commit_hash = self.git_commit_hash

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        completed_at: None | str | Unset
        if isinstance(self.completed_at, Unset):
            completed_at = UNSET
        else:
            completed_at = self.completed_at

        artifacts: dict[str, Any] | None | Unset
        if isinstance(self.artifacts, Unset):
            artifacts = UNSET
        elif isinstance(self.artifacts, ExpoBuildArtifacts):
            artifacts = self.artifacts.to_dict()
        else:
            artifacts = self.artifacts

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if status is not UNSET:
            field_dict["status"] = status
        if platform is not UNSET:
            field_dict["platform"] = platform
        if distribution is not UNSET:
            field_dict["distribution"] = distribution
        if build_profile is not UNSET:
            field_dict["buildProfile"] = build_profile
        if app_version is not UNSET:
            field_dict["appVersion"] = app_version
        if sdk_version is not UNSET:
            field_dict["sdkVersion"] = sdk_version
        if git_commit_hash is not UNSET:
            field_dict["gitCommitHash"] = git_commit_hash
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if completed_at is not UNSET:
            field_dict["completedAt"] = completed_at
        if artifacts is not UNSET:
            field_dict["artifacts"] = artifacts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.expo_build_artifacts import ExpoBuildArtifacts  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_platform(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        platform = _parse_platform(d.pop("platform", UNSET))

        def _parse_distribution(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        distribution = _parse_distribution(d.pop("distribution", UNSET))

        def _parse_build_profile(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        build_profile = _parse_build_profile(d.pop("buildProfile", UNSET))

        def _parse_app_version(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        app_version = _parse_app_version(d.pop("appVersion", UNSET))

        def _parse_sdk_version(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sdk_version = _parse_sdk_version(d.pop("sdkVersion", UNSET))

        def _parse_git_commit_hash(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        git_commit_hash = _parse_git_commit_hash(d.pop("gitCommitHash", UNSET))

        def _parse_created_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created_at = _parse_created_at(d.pop("createdAt", UNSET))

        def _parse_completed_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        completed_at = _parse_completed_at(d.pop("completedAt", UNSET))

        def _parse_artifacts(data: object) -> ExpoBuildArtifacts | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                artifacts_type_0 = ExpoBuildArtifacts.from_dict(data)

                return artifacts_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ExpoBuildArtifacts | None | Unset, data)

        artifacts = _parse_artifacts(d.pop("artifacts", UNSET))

        expo_build_item = cls(
            id=id,
            status=status,
            platform=platform,
            distribution=distribution,
            build_profile=build_profile,
            app_version=app_version,
            sdk_version=sdk_version,
            git_commit_hash=git_commit_hash,
            created_at=created_at,
            completed_at=completed_at,
            artifacts=artifacts,
        )

        expo_build_item.additional_properties = d
        return expo_build_item

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
