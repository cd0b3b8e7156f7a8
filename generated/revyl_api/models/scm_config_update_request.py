from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.scm_actions import ScmActions
    from ..models.scm_build_target import ScmBuildTarget
    from ..models.scm_profiles import ScmProfiles


T = TypeVar("T", bound="ScmConfigUpdateRequest")


@_attrs_define
class ScmConfigUpdateRequest:
    """
    Attributes:
        enabled (bool | Unset):  Default: False.
        preset (str | Unset):  Default: 'preview_only'.
        skip_drafts (bool | Unset):  Default: True.
        path_filters (list[str] | Unset):
        label_filters (list[str] | Unset):
        actions (ScmActions | Unset):
        profiles (ScmProfiles | Unset):
        build_targets (list[ScmBuildTarget] | None | Unset):
    """

    enabled: bool | Unset = False
    preset: str | Unset = "preview_only"
    skip_drafts: bool | Unset = True
    path_filters: list[str] | Unset = UNSET
    label_filters: list[str] | Unset = UNSET
    actions: ScmActions | Unset = UNSET
    profiles: ScmProfiles | Unset = UNSET
    build_targets: list[ScmBuildTarget] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enabled = self.enabled

        preset = self.preset

        skip_drafts = self.skip_drafts

        path_filters: list[str] | Unset = UNSET
        if not isinstance(self.path_filters, Unset):
            path_filters = self.path_filters

        label_filters: list[str] | Unset = UNSET
        if not isinstance(self.label_filters, Unset):
            label_filters = self.label_filters

        actions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.actions, Unset):
            actions = self.actions.to_dict()

        profiles: dict[str, Any] | Unset = UNSET
        if not isinstance(self.profiles, Unset):
            profiles = self.profiles.to_dict()

        build_targets: list[dict[str, Any]] | None | Unset
        if isinstance(self.build_targets, Unset):
            build_targets = UNSET
        elif isinstance(self.build_targets, list):
            build_targets = []
            for build_targets_type_0_item_data in self.build_targets:
                build_targets_type_0_item = build_targets_type_0_item_data.to_dict()
                build_targets.append(build_targets_type_0_item)

        else:
            build_targets = self.build_targets

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if preset is not UNSET:
            field_dict["preset"] = preset
        if skip_drafts is not UNSET:
            field_dict["skip_drafts"] = skip_drafts
        if path_filters is not UNSET:
            field_dict["path_filters"] = path_filters
        if label_filters is not UNSET:
            field_dict["label_filters"] = label_filters
        if actions is not UNSET:
            field_dict["actions"] = actions
        if profiles is not UNSET:
            field_dict["profiles"] = profiles
        if build_targets is not UNSET:
            field_dict["build_targets"] = build_targets

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.scm_actions import ScmActions  # noqa: PLC0415
        from ..models.scm_build_target import ScmBuildTarget  # noqa: PLC0415
        from ..models.scm_profiles import ScmProfiles  # noqa: PLC0415

        d = dict(src_dict)
        enabled = d.pop("enabled", UNSET)

        preset = d.pop("preset", UNSET)

        skip_drafts = d.pop("skip_drafts", UNSET)

        path_filters = cast(list[str], d.pop("path_filters", UNSET))

        label_filters = cast(list[str], d.pop("label_filters", UNSET))

        _actions = d.pop("actions", UNSET)
        actions: ScmActions | Unset
        if isinstance(_actions, Unset):
            actions = UNSET
        else:
            actions = ScmActions.from_dict(_actions)

        _profiles = d.pop("profiles", UNSET)
        profiles: ScmProfiles | Unset
        if isinstance(_profiles, Unset):
            profiles = UNSET
        else:
            profiles = ScmProfiles.from_dict(_profiles)

        def _parse_build_targets(data: object) -> list[ScmBuildTarget] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                build_targets_type_0 = []
                _build_targets_type_0 = data
                for build_targets_type_0_item_data in _build_targets_type_0:
                    build_targets_type_0_item = ScmBuildTarget.from_dict(build_targets_type_0_item_data)

                    build_targets_type_0.append(build_targets_type_0_item)

                return build_targets_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ScmBuildTarget] | None | Unset, data)

        build_targets = _parse_build_targets(d.pop("build_targets", UNSET))

        scm_config_update_request = cls(
            enabled=enabled,
            preset=preset,
            skip_drafts=skip_drafts,
            path_filters=path_filters,
            label_filters=label_filters,
            actions=actions,
            profiles=profiles,
            build_targets=build_targets,
        )

        scm_config_update_request.additional_properties = d
        return scm_config_update_request

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
