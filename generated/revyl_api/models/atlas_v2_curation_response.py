from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.atlas_v2_curation_response_curation import AtlasV2CurationResponseCuration


T = TypeVar("T", bound="AtlasV2CurationResponse")


@_attrs_define
class AtlasV2CurationResponse:
    """
    Attributes:
        app_id (str):
        curation (AtlasV2CurationResponseCuration | Unset):
    """

    app_id: str
    curation: AtlasV2CurationResponseCuration | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        app_id = self.app_id

        curation: dict[str, Any] | Unset = UNSET
        if not isinstance(self.curation, Unset):
            curation = self.curation.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "app_id": app_id,
            }
        )
        if curation is not UNSET:
            field_dict["curation"] = curation

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.atlas_v2_curation_response_curation import AtlasV2CurationResponseCuration  # noqa: PLC0415

        d = dict(src_dict)
        app_id = d.pop("app_id")

        _curation = d.pop("curation", UNSET)
        curation: AtlasV2CurationResponseCuration | Unset
        if isinstance(_curation, Unset):
            curation = UNSET
        else:
            curation = AtlasV2CurationResponseCuration.from_dict(_curation)

        atlas_v2_curation_response = cls(
            app_id=app_id,
            curation=curation,
        )

        atlas_v2_curation_response.additional_properties = d
        return atlas_v2_curation_response

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
