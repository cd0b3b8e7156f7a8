from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.atlas_v2_identity_split_response_cut_decision import AtlasV2IdentitySplitResponseCutDecision
    from ..models.atlas_v2_identity_split_response_remaining_component_item import (
        AtlasV2IdentitySplitResponseRemainingComponentItem,
    )
    from ..models.atlas_v2_identity_split_response_selected_component_item import (
        AtlasV2IdentitySplitResponseSelectedComponentItem,
    )


T = TypeVar("T", bound="AtlasV2IdentitySplitResponse")


@_attrs_define
class AtlasV2IdentitySplitResponse:
    """
    Attributes:
        app_id (str):
        entity_id (str):
        decision_id (str):
        applied (bool | Unset):  Default: False.
        cut_decision (AtlasV2IdentitySplitResponseCutDecision | Unset):
        selected_component (list[AtlasV2IdentitySplitResponseSelectedComponentItem] | Unset):
        remaining_component (list[AtlasV2IdentitySplitResponseRemainingComponentItem] | Unset):
        correction_decision_id (None | str | Unset):
        dsu_version (int | None | Unset):
    """

    app_id: str
    entity_id: str
    decision_id: str
    applied: bool | Unset = False
    cut_decision: AtlasV2IdentitySplitResponseCutDecision | Unset = UNSET
    selected_component: list[AtlasV2IdentitySplitResponseSelectedComponentItem] | Unset = UNSET
    remaining_component: list[AtlasV2IdentitySplitResponseRemainingComponentItem] | Unset = UNSET
    correction_decision_id: None | str | Unset = UNSET
    dsu_version: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        app_id = self.app_id

        entity_id = self.entity_id

        decision_id = self.decision_id

        applied = self.applied

        cut_decision: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cut_decision, Unset):
            cut_decision = self.cut_decision.to_dict()

        selected_component: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.selected_component, Unset):
            selected_component = []
            for selected_component_item_data in self.selected_component:
                selected_component_item = selected_component_item_data.to_dict()
                selected_component.append(selected_component_item)

        remaining_component: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.remaining_component, Unset):
            remaining_component = []
            for remaining_component_item_data in self.remaining_component:
                remaining_component_item = remaining_component_item_data.to_dict()
                remaining_component.append(remaining_component_item)

        correction_decision_id: None | str | Unset
        if isinstance(self.correction_decision_id, Unset):
            correction_decision_id = UNSET
        else:
            correction_decision_id = self.correction_decision_id

        dsu_version: int | None | Unset
        if isinstance(self.dsu_version, Unset):
            dsu_version = UNSET
        else:
            dsu_version = self.dsu_version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "app_id": app_id,
                "entity_id": entity_id,
                "decision_id": decision_id,
            }
        )
        if applied is not UNSET:
            field_dict["applied"] = applied
        if cut_decision is not UNSET:
            field_dict["cut_decision"] = cut_decision
        if selected_component is not UNSET:
            field_dict["selected_component"] = selected_component
        if remaining_component is not UNSET:
            field_dict["remaining_component"] = remaining_component
        if correction_decision_id is not UNSET:
            field_dict["correction_decision_id"] = correction_decision_id
        if dsu_version is not UNSET:
            field_dict["dsu_version"] = dsu_version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.atlas_v2_identity_split_response_cut_decision import AtlasV2IdentitySplitResponseCutDecision  # noqa: PLC0415
        from ..models.atlas_v2_identity_split_response_remaining_component_item import (
            AtlasV2IdentitySplitResponseRemainingComponentItem,  # noqa: PLC0415
        )
        from ..models.atlas_v2_identity_split_response_selected_component_item import (
            AtlasV2IdentitySplitResponseSelectedComponentItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        app_id = d.pop("app_id")

        entity_id = d.pop("entity_id")

        decision_id = d.pop("decision_id")

        applied = d.pop("applied", UNSET)

        _cut_decision = d.pop("cut_decision", UNSET)
        cut_decision: AtlasV2IdentitySplitResponseCutDecision | Unset
        if isinstance(_cut_decision, Unset):
            cut_decision = UNSET
        else:
            cut_decision = AtlasV2IdentitySplitResponseCutDecision.from_dict(_cut_decision)

        _selected_component = d.pop("selected_component", UNSET)
        selected_component: list[AtlasV2IdentitySplitResponseSelectedComponentItem] | Unset = UNSET
        if _selected_component is not UNSET:
            selected_component = []
            for selected_component_item_data in _selected_component:
                selected_component_item = AtlasV2IdentitySplitResponseSelectedComponentItem.from_dict(
                    selected_component_item_data
                )

                selected_component.append(selected_component_item)

        _remaining_component = d.pop("remaining_component", UNSET)
        remaining_component: list[AtlasV2IdentitySplitResponseRemainingComponentItem] | Unset = UNSET
        if _remaining_component is not UNSET:
            remaining_component = []
            for remaining_component_item_data in _remaining_component:
                remaining_component_item = AtlasV2IdentitySplitResponseRemainingComponentItem.from_dict(
                    remaining_component_item_data
                )

                remaining_component.append(remaining_component_item)

        def _parse_correction_decision_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        correction_decision_id = _parse_correction_decision_id(d.pop("correction_decision_id", UNSET))

        def _parse_dsu_version(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        dsu_version = _parse_dsu_version(d.pop("dsu_version", UNSET))

        atlas_v2_identity_split_response = cls(
            app_id=app_id,
            entity_id=entity_id,
            decision_id=decision_id,
            applied=applied,
            cut_decision=cut_decision,
            selected_component=selected_component,
            remaining_component=remaining_component,
            correction_decision_id=correction_decision_id,
            dsu_version=dsu_version,
        )

        atlas_v2_identity_split_response.additional_properties = d
        return atlas_v2_identity_split_response

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
