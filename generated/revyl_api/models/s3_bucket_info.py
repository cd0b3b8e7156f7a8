from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="S3BucketInfo")


@_attrs_define
class S3BucketInfo:
    """Model for S3 bucket information.

    Attributes:
        patterns (list[str]): Allowed file patterns for the bucket
        description (str): Description of the bucket's purpose
    """

    patterns: list[str]
    description: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        patterns = self.patterns

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "patterns": patterns,
                "description": description,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        patterns = cast(list[str], d.pop("patterns"))

        description = d.pop("description")

        s3_bucket_info = cls(
            patterns=patterns,
            description=description,
        )

        s3_bucket_info.additional_properties = d
        return s3_bucket_info

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
