from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.scm_actions import ScmActions
    from ..models.scm_build_target_response import ScmBuildTargetResponse
    from ..models.scm_profiles import ScmProfiles


T = TypeVar("T", bound="ScmConfigResponse")


@_attrs_define
class ScmConfigResponse:
    """
    Attributes:
        id (UUID):
        provider (str):
        namespace (str):
        project (str):
        repo_full_name (str):
        enabled (bool):
        preset (str):
        skip_drafts (bool):
        path_filters (list[str]):
        label_filters (list[str]):
        actions (ScmActions):
        profiles (ScmProfiles):
        build_targets (list[ScmBuildTargetResponse]):
        last_synced_at (datetime.datetime | None | Unset):
        installation_id (None | str | Unset): Provider-native installation id (neutral twin of the github_* fields).
        github_repository_id (None | Unset | UUID):
        github_installation_id (int | None | Unset): Deprecated: use installation_id. Kept on the wire for released
            revyl-cli binaries; removal requires a CLI deprecation window.
    """

    id: UUID
    provider: str
    namespace: str
    project: str
    repo_full_name: str
    enabled: bool
    preset: str
    skip_drafts: bool
    path_filters: list[str]
    label_filters: list[str]
    actions: ScmActions
    profiles: ScmProfiles
    build_targets: list[ScmBuildTargetResponse]
    last_synced_at: datetime.datetime | None | Unset = UNSET
    installation_id: None | str | Unset = UNSET
    github_repository_id: None | Unset | UUID = UNSET
    github_installation_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        provider = self.provider

        namespace = self.namespace

        project = self.project

        repo_full_name = self.repo_full_name

        enabled = self.enabled

        preset = self.preset

        skip_drafts = self.skip_drafts

        path_filters = self.path_filters

        label_filters = self.label_filters

        actions = self.actions.to_dict()

        profiles = self.profiles.to_dict()

        build_targets = []
        for build_targets_item_data in self.build_targets:
            build_targets_item = build_targets_item_data.to_dict()
            build_targets.append(build_targets_item)

        last_synced_at: None | str | Unset
        if isinstance(self.last_synced_at, Unset):
            last_synced_at = UNSET
        elif isinstance(self.last_synced_at, datetime.datetime):
            last_synced_at = self.last_synced_at.isoformat()
        else:
            last_synced_at = self.last_synced_at

        installation_id: None | str | Unset
        if isinstance(self.installation_id, Unset):
            installation_id = UNSET
        else:
            installation_id = self.installation_id

        github_repository_id: None | str | Unset
        if isinstance(self.github_repository_id, Unset):
            github_repository_id = UNSET
        elif isinstance(self.github_repository_id, UUID):
            github_repository_id = str(self.github_repository_id)
        else:
            github_repository_id = self.github_repository_id

        github_installation_id: int | None | Unset
        if isinstance(self.github_installation_id, Unset):
            github_installation_id = UNSET
        else:
            github_installation_id = self.github_installation_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "provider": provider,
                "namespace": namespace,
                "project": project,
                "repo_full_name": repo_full_name,
                "enabled": enabled,
                "preset": preset,
                "skip_drafts": skip_drafts,
                "path_filters": path_filters,
                "label_filters": label_filters,
                "actions": actions,
                "profiles": profiles,
                "build_targets": build_targets,
            }
        )
        if last_synced_at is not UNSET:
            field_dict["last_synced_at"] = last_synced_at
        if installation_id is not UNSET:
            field_dict["installation_id"] = installation_id
        if github_repository_id is not UNSET:
            field_dict["github_repository_id"] = github_repository_id
        if github_installation_id is not UNSET:
            field_dict["github_installation_id"] = github_installation_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.scm_actions import ScmActions  # noqa: PLC0415
        from ..models.scm_build_target_response import ScmBuildTargetResponse  # noqa: PLC0415
        from ..models.scm_profiles import ScmProfiles  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        provider = d.pop("provider")

        namespace = d.pop("namespace")

        project = d.pop("project")

        repo_full_name = d.pop("repo_full_name")

        enabled = d.pop("enabled")

        preset = d.pop("preset")

        skip_drafts = d.pop("skip_drafts")

        path_filters = cast(list[str], d.pop("path_filters"))

        label_filters = cast(list[str], d.pop("label_filters"))

        actions = ScmActions.from_dict(d.pop("actions"))

        profiles = ScmProfiles.from_dict(d.pop("profiles"))

        build_targets = []
        _build_targets = d.pop("build_targets")
        for build_targets_item_data in _build_targets:
            build_targets_item = ScmBuildTargetResponse.from_dict(build_targets_item_data)

            build_targets.append(build_targets_item)

        def _parse_last_synced_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_synced_at_type_0 = datetime.datetime.fromisoformat(data)

                return last_synced_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        last_synced_at = _parse_last_synced_at(d.pop("last_synced_at", UNSET))

        def _parse_installation_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        installation_id = _parse_installation_id(d.pop("installation_id", UNSET))

        def _parse_github_repository_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                github_repository_id_type_0 = UUID(data)

                return github_repository_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        github_repository_id = _parse_github_repository_id(d.pop("github_repository_id", UNSET))

        def _parse_github_installation_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        github_installation_id = _parse_github_installation_id(d.pop("github_installation_id", UNSET))

        scm_config_response = cls(
            id=id,
            provider=provider,
            namespace=namespace,
            project=project,
            repo_full_name=repo_full_name,
            enabled=enabled,
            preset=preset,
            skip_drafts=skip_drafts,
            path_filters=path_filters,
            label_filters=label_filters,
            actions=actions,
            profiles=profiles,
            build_targets=build_targets,
            last_synced_at=last_synced_at,
            installation_id=installation_id,
            github_repository_id=github_repository_id,
            github_installation_id=github_installation_id,
        )

        scm_config_response.additional_properties = d
        return scm_config_response

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
