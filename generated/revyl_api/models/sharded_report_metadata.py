from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ShardedReportMetadata")


@_attrs_define
class ShardedReportMetadata:
    """Metadata string we store in DB for sharded reports (v2).

    Attributes:
        version (Literal['2.0']):
        type_ (Literal['sharded']):
        manifest_url (str):
        created_at (str):
        processing (bool | Unset):  Default: False.
    """

    version: Literal["2.0"]
    type_: Literal["sharded"]
    manifest_url: str
    created_at: str
    processing: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        version = self.version

        type_ = self.type_

        manifest_url = self.manifest_url

        created_at = self.created_at

        processing = self.processing

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "version": version,
                "type": type_,
                "manifest_url": manifest_url,
                "created_at": created_at,
            }
        )
        if processing is not UNSET:
            field_dict["processing"] = processing

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        version = cast(Literal["2.0"], d.pop("version"))
        if version != "2.0":
            raise ValueError(f"version must match const '2.0', got '{version}'")

        type_ = cast(Literal["sharded"], d.pop("type"))
        if type_ != "sharded":
            raise ValueError(f"type must match const 'sharded', got '{type_}'")

        manifest_url = d.pop("manifest_url")

        created_at = d.pop("created_at")

        processing = d.pop("processing", UNSET)

        sharded_report_metadata = cls(
            version=version,
            type_=type_,
            manifest_url=manifest_url,
            created_at=created_at,
            processing=processing,
        )

        sharded_report_metadata.additional_properties = d
        return sharded_report_metadata

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
