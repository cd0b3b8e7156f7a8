from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="S3DeleteResponse")


@_attrs_define
class S3DeleteResponse:
    """Response model for S3 delete operation.

    Example:
        {'bucket': 'my-bucket', 'key': 'user123/file.txt', 'message': 'File deleted successfully'}

    Attributes:
        message (str): Status message
        bucket (str): Name of the S3 bucket
        key (str): Key/path of the deleted file
    """

    message: str
    bucket: str
    key: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        bucket = self.bucket

        key = self.key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
                "bucket": bucket,
                "key": key,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        message = d.pop("message")

        bucket = d.pop("bucket")

        key = d.pop("key")

        s3_delete_response = cls(
            message=message,
            bucket=bucket,
            key=key,
        )

        s3_delete_response.additional_properties = d
        return s3_delete_response

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
