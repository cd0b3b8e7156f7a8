from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AtlasV2CurationRequest")


@_attrs_define
class AtlasV2CurationRequest:
    """
    Attributes:
        root_entity_id (str):
        kind (str):
        enabled (bool | Unset):  Default: True.
    """

    root_entity_id: str
    kind: str
    enabled: bool | Unset = True
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        root_entity_id = self.root_entity_id

        kind = self.kind

        enabled = self.enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "root_entity_id": root_entity_id,
                "kind": kind,
            }
        )
        if enabled is not UNSET:
            field_dict["enabled"] = enabled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        root_entity_id = d.pop("root_entity_id")

        kind = d.pop("kind")

        enabled = d.pop("enabled", UNSET)

        atlas_v2_curation_request = cls(
            root_entity_id=root_entity_id,
            kind=kind,
            enabled=enabled,
        )

        atlas_v2_curation_request.additional_properties = d
        return atlas_v2_curation_request

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
