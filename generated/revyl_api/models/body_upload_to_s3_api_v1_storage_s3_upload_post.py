from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import File

T = TypeVar("T", bound="BodyUploadToS3ApiV1StorageS3UploadPost")


@_attrs_define
class BodyUploadToS3ApiV1StorageS3UploadPost:
    """
    Attributes:
        file (File):
        bucket_name (str):
        test_id (str):
    """

    file: File
    bucket_name: str
    test_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file = self.file.to_tuple()

        bucket_name = self.bucket_name

        test_id = self.test_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "file": file,
                "bucket_name": bucket_name,
                "test_id": test_id,
            }
        )

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("file", self.file.to_tuple()))

        files.append(("bucket_name", (None, str(self.bucket_name).encode(), "text/plain")))

        files.append(("test_id", (None, str(self.test_id).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        file = File(payload=BytesIO(d.pop("file")))

        bucket_name = d.pop("bucket_name")

        test_id = d.pop("test_id")

        body_upload_to_s3_api_v1_storage_s3_upload_post = cls(
            file=file,
            bucket_name=bucket_name,
            test_id=test_id,
        )

        body_upload_to_s3_api_v1_storage_s3_upload_post.additional_properties = d
        return body_upload_to_s3_api_v1_storage_s3_upload_post

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
