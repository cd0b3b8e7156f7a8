from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.atlas_v2_backfill_scope_request_match_config import AtlasV2BackfillScopeRequestMatchConfig


T = TypeVar("T", bound="AtlasV2BackfillScopeRequest")


@_attrs_define
class AtlasV2BackfillScopeRequest:
    """
    Attributes:
        app_id (str):
        build_id (None | str | Unset):
        from_time (None | str | Unset):
        to_time (None | str | Unset):
        force (bool | Unset):  Default: False.
        reprocess_completed (bool | Unset):  Default: False.
        feature_version (str | Unset):  Default: 'atlas_v2_features_1'.
        prompt_version (str | Unset):  Default: 'atlas_v2_prompt_2'.
        match_config (AtlasV2BackfillScopeRequestMatchConfig | Unset):
    """

    app_id: str
    build_id: None | str | Unset = UNSET
    from_time: None | str | Unset = UNSET
    to_time: None | str | Unset = UNSET
    force: bool | Unset = False
    reprocess_completed: bool | Unset = False
    feature_version: str | Unset = "atlas_v2_features_1"
    prompt_version: str | Unset = "atlas_v2_prompt_2"
    match_config: AtlasV2BackfillScopeRequestMatchConfig | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        app_id = self.app_id

        build_id: None | str | Unset
        if isinstance(self.build_id, Unset):
            build_id = UNSET
        else:
            build_id = self.build_id

        from_time: None | str | Unset
        if isinstance(self.from_time, Unset):
            from_time = UNSET
        else:
            from_time = self.from_time

        to_time: None | str | Unset
        if isinstance(self.to_time, Unset):
            to_time = UNSET
        else:
            to_time = self.to_time

        force = self.force

        reprocess_completed = self.reprocess_completed

        feature_version = self.feature_version

        prompt_version = self.prompt_version

        match_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.match_config, Unset):
            match_config = self.match_config.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "app_id": app_id,
            }
        )
        if build_id is not UNSET:
            field_dict["build_id"] = build_id
        if from_time is not UNSET:
            field_dict["from_time"] = from_time
        if to_time is not UNSET:
            field_dict["to_time"] = to_time
        if force is not UNSET:
            field_dict["force"] = force
        if reprocess_completed is not UNSET:
            field_dict["reprocess_completed"] = reprocess_completed
        if feature_version is not UNSET:
            field_dict["feature_version"] = feature_version
        if prompt_version is not UNSET:
            field_dict["prompt_version"] = prompt_version
        if match_config is not UNSET:
            field_dict["match_config"] = match_config

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.atlas_v2_backfill_scope_request_match_config import AtlasV2BackfillScopeRequestMatchConfig  # noqa: PLC0415

        d = dict(src_dict)
        app_id = d.pop("app_id")

        def _parse_build_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        build_id = _parse_build_id(d.pop("build_id", UNSET))

        def _parse_from_time(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        from_time = _parse_from_time(d.pop("from_time", UNSET))

        def _parse_to_time(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        to_time = _parse_to_time(d.pop("to_time", UNSET))

        force = d.pop("force", UNSET)

        reprocess_completed = d.pop("reprocess_completed", UNSET)

        feature_version = d.pop("feature_version", UNSET)

        prompt_version = d.pop("prompt_version", UNSET)

        _match_config = d.pop("match_config", UNSET)
        match_config: AtlasV2BackfillScopeRequestMatchConfig | Unset
        if isinstance(_match_config, Unset):
            match_config = UNSET
        else:
            match_config = AtlasV2BackfillScopeRequestMatchConfig.from_dict(_match_config)

        atlas_v2_backfill_scope_request = cls(
            app_id=app_id,
            build_id=build_id,
            from_time=from_time,
            to_time=to_time,
            force=force,
            reprocess_completed=reprocess_completed,
            feature_version=feature_version,
            prompt_version=prompt_version,
            match_config=match_config,
        )

        atlas_v2_backfill_scope_request.additional_properties = d
        return atlas_v2_backfill_scope_request

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
