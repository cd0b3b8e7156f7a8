from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="BuildMultipartUploadStartRequest")


@_attrs_define
class BuildMultipartUploadStartRequest:
    """Request to start an S3 multipart upload for a large build artifact.

    Attributes:
        version (str): Version string (must be unique)
        file_name (str): Name of the file to upload
        file_size (int): Total artifact size in bytes; the server rejects sizes above its maximum supported artifact
            size
    """

    version: str
    file_name: str
    file_size: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        version = self.version

        file_name = self.file_name

        file_size = self.file_size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "version": version,
                "file_name": file_name,
                "file_size": file_size,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        version = d.pop("version")

        file_name = d.pop("file_name")

        file_size = d.pop("file_size")

        build_multipart_upload_start_request = cls(
            version=version,
            file_name=file_name,
            file_size=file_size,
        )

        build_multipart_upload_start_request.additional_properties = d
        return build_multipart_upload_start_request

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
