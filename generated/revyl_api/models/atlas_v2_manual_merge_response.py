from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.atlas_v2_manual_merge_response_decisions_item import AtlasV2ManualMergeResponseDecisionsItem
    from ..models.atlas_v2_manual_merge_response_unions_item import AtlasV2ManualMergeResponseUnionsItem


T = TypeVar("T", bound="AtlasV2ManualMergeResponse")


@_attrs_define
class AtlasV2ManualMergeResponse:
    """
    Attributes:
        app_id (str):
        root_entity_id (str):
        merged_entity_ids (list[str]):
        decisions (list[AtlasV2ManualMergeResponseDecisionsItem] | Unset):
        unions (list[AtlasV2ManualMergeResponseUnionsItem] | Unset):
    """

    app_id: str
    root_entity_id: str
    merged_entity_ids: list[str]
    decisions: list[AtlasV2ManualMergeResponseDecisionsItem] | Unset = UNSET
    unions: list[AtlasV2ManualMergeResponseUnionsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        app_id = self.app_id

        root_entity_id = self.root_entity_id

        merged_entity_ids = self.merged_entity_ids

        decisions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.decisions, Unset):
            decisions = []
            for decisions_item_data in self.decisions:
                decisions_item = decisions_item_data.to_dict()
                decisions.append(decisions_item)

        unions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.unions, Unset):
            unions = []
            for unions_item_data in self.unions:
                unions_item = unions_item_data.to_dict()
                unions.append(unions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "app_id": app_id,
                "root_entity_id": root_entity_id,
                "merged_entity_ids": merged_entity_ids,
            }
        )
        if decisions is not UNSET:
            field_dict["decisions"] = decisions
        if unions is not UNSET:
            field_dict["unions"] = unions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.atlas_v2_manual_merge_response_decisions_item import AtlasV2ManualMergeResponseDecisionsItem  # noqa: PLC0415
        from ..models.atlas_v2_manual_merge_response_unions_item import AtlasV2ManualMergeResponseUnionsItem  # noqa: PLC0415

        d = dict(src_dict)
        app_id = d.pop("app_id")

        root_entity_id = d.pop("root_entity_id")

        merged_entity_ids = cast(list[str], d.pop("merged_entity_ids"))

        _decisions = d.pop("decisions", UNSET)
        decisions: list[AtlasV2ManualMergeResponseDecisionsItem] | Unset = UNSET
        if _decisions is not UNSET:
            decisions = []
            for decisions_item_data in _decisions:
                decisions_item = AtlasV2ManualMergeResponseDecisionsItem.from_dict(decisions_item_data)

                decisions.append(decisions_item)

        _unions = d.pop("unions", UNSET)
        unions: list[AtlasV2ManualMergeResponseUnionsItem] | Unset = UNSET
        if _unions is not UNSET:
            unions = []
            for unions_item_data in _unions:
                unions_item = AtlasV2ManualMergeResponseUnionsItem.from_dict(unions_item_data)

                unions.append(unions_item)

        atlas_v2_manual_merge_response = cls(
            app_id=app_id,
            root_entity_id=root_entity_id,
            merged_entity_ids=merged_entity_ids,
            decisions=decisions,
            unions=unions,
        )

        atlas_v2_manual_merge_response.additional_properties = d
        return atlas_v2_manual_merge_response

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
