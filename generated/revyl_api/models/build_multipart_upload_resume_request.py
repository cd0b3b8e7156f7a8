from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="BuildMultipartUploadResumeRequest")


@_attrs_define
class BuildMultipartUploadResumeRequest:
    """Request to resume an interrupted multipart upload.

    The client persists the start response and replays the identifying fields
    here; the server reconstructs the same staging key, asks S3 which parts it
    already holds, and re-presigns fresh URLs for the remaining parts.

        Attributes:
            upload_id (UUID): Staging upload session id from multipart-upload/start
            s3_upload_id (str): Native S3 UploadId from multipart-upload/start
            version (str): Version string (must still be unclaimed)
            file_name (str): Name of the file being uploaded
            file_size (int): Total artifact size in bytes; must match the original start
    """

    upload_id: UUID
    s3_upload_id: str
    version: str
    file_name: str
    file_size: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        upload_id = str(self.upload_id)

        s3_upload_id = self.s3_upload_id

        version = self.version

        file_name = self.file_name

        file_size = self.file_size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "upload_id": upload_id,
                "s3_upload_id": s3_upload_id,
                "version": version,
                "file_name": file_name,
                "file_size": file_size,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        upload_id = UUID(d.pop("upload_id"))

        s3_upload_id = d.pop("s3_upload_id")

        version = d.pop("version")

        file_name = d.pop("file_name")

        file_size = d.pop("file_size")

        build_multipart_upload_resume_request = cls(
            upload_id=upload_id,
            s3_upload_id=s3_upload_id,
            version=version,
            file_name=file_name,
            file_size=file_size,
        )

        build_multipart_upload_resume_request.additional_properties = d
        return build_multipart_upload_resume_request

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
