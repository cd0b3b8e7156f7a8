from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.atlas_v2_layer_report_request_match_config import AtlasV2LayerReportRequestMatchConfig


T = TypeVar("T", bound="AtlasV2LayerReportRequest")


@_attrs_define
class AtlasV2LayerReportRequest:
    """
    Attributes:
        report_id (str):
        source (str | Unset):  Default: 'api'.
        force (bool | Unset):  Default: False.
        feature_version (str | Unset):  Default: 'atlas_v2_features_1'.
        prompt_version (str | Unset):  Default: 'atlas_v2_prompt_2'.
        match_config (AtlasV2LayerReportRequestMatchConfig | Unset):
    """

    report_id: str
    source: str | Unset = "api"
    force: bool | Unset = False
    feature_version: str | Unset = "atlas_v2_features_1"
    prompt_version: str | Unset = "atlas_v2_prompt_2"
    match_config: AtlasV2LayerReportRequestMatchConfig | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        report_id = self.report_id

        source = self.source

        force = self.force

        feature_version = self.feature_version

        prompt_version = self.prompt_version

        match_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.match_config, Unset):
            match_config = self.match_config.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "report_id": report_id,
            }
        )
        if source is not UNSET:
            field_dict["source"] = source
        if force is not UNSET:
            field_dict["force"] = force
        if feature_version is not UNSET:
            field_dict["feature_version"] = feature_version
        if prompt_version is not UNSET:
            field_dict["prompt_version"] = prompt_version
        if match_config is not UNSET:
            field_dict["match_config"] = match_config

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.atlas_v2_layer_report_request_match_config import AtlasV2LayerReportRequestMatchConfig  # noqa: PLC0415

        d = dict(src_dict)
        report_id = d.pop("report_id")

        source = d.pop("source", UNSET)

        force = d.pop("force", UNSET)

        feature_version = d.pop("feature_version", UNSET)

        prompt_version = d.pop("prompt_version", UNSET)

        _match_config = d.pop("match_config", UNSET)
        match_config: AtlasV2LayerReportRequestMatchConfig | Unset
        if isinstance(_match_config, Unset):
            match_config = UNSET
        else:
            match_config = AtlasV2LayerReportRequestMatchConfig.from_dict(_match_config)

        atlas_v2_layer_report_request = cls(
            report_id=report_id,
            source=source,
            force=force,
            feature_version=feature_version,
            prompt_version=prompt_version,
            match_config=match_config,
        )

        atlas_v2_layer_report_request.additional_properties = d
        return atlas_v2_layer_report_request

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
