from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="S3PresignedUrlResponse")


@_attrs_define
class S3PresignedUrlResponse:
    """Response model for S3 presigned URL generation.

    Example:
        {'bucket': 'my-bucket', 'key': 'user123/file.txt', 'url': 'https://s3.amazonaws.com/...'}

    Attributes:
        url (str): The presigned URL
        bucket (str): Name of the S3 bucket
        key (str): Key/path of the file
    """

    url: str = _attrs_field(repr=False)
    bucket: str
    key: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        bucket = self.bucket

        key = self.key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "url": url,
                "bucket": bucket,
                "key": key,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        url = d.pop("url")

        bucket = d.pop("bucket")

        key = d.pop("key")

        s3_presigned_url_response = cls(
            url=url,
            bucket=bucket,
            key=key,
        )

        s3_presigned_url_response.additional_properties = d
        return s3_presigned_url_response

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
