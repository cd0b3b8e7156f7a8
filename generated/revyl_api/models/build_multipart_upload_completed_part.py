from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="BuildMultipartUploadCompletedPart")


@_attrs_define
class BuildMultipartUploadCompletedPart:
    """A part S3 already holds for an in-progress multipart upload.

    Attributes:
        part_number (int): 1-indexed S3 part number
        etag (str): ETag S3 returned when the part was stored
        size (int): Size in bytes of the stored part
    """

    part_number: int
    etag: str
    size: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        part_number = self.part_number

        etag = self.etag

        size = self.size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "part_number": part_number,
                "etag": etag,
                "size": size,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        part_number = d.pop("part_number")

        etag = d.pop("etag")

        size = d.pop("size")

        build_multipart_upload_completed_part = cls(
            part_number=part_number,
            etag=etag,
            size=size,
        )

        build_multipart_upload_completed_part.additional_properties = d
        return build_multipart_upload_completed_part

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
