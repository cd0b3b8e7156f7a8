from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.build_multipart_upload_part_url import BuildMultipartUploadPartURL


T = TypeVar("T", bound="BuildMultipartUploadStartResponse")


@_attrs_define
class BuildMultipartUploadStartResponse:
    """Response with everything a client needs to upload parts directly to S3.

    Like upload-session, no build row exists yet: the client uploads the
    parts, assembles them by POSTing the part ETags to complete_url, then
    creates the build via POST /{app_id}/builds with upload_id. Unfinished
    multipart uploads are aborted by the bucket lifecycle rule and abandoned
    staging objects are swept server-side; abort_url is a courtesy for
    prompt cleanup.

        Attributes:
            upload_id (UUID): Staging upload session id, passed to POST /{app_id}/builds
            s3_upload_id (str): Native S3 multipart UploadId. Already embedded in every presigned URL above; surfaced
                explicitly so a client can persist it and resume an interrupted upload via the multipart-upload/resume route.
            part_size (int): Size in bytes of every part except the last
            upload_expires_at (int): Unix timestamp after which the presigned URLs expire
            parts (list[BuildMultipartUploadPartURL]):
            complete_url (str): Presigned S3 CompleteMultipartUpload URL
            abort_url (str): Presigned S3 AbortMultipartUpload URL
    """

    upload_id: UUID
    s3_upload_id: str
    part_size: int
    upload_expires_at: int
    parts: list[BuildMultipartUploadPartURL]
    complete_url: str = _attrs_field(repr=False)
    abort_url: str = _attrs_field(repr=False)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        upload_id = str(self.upload_id)

        s3_upload_id = self.s3_upload_id

        part_size = self.part_size

        upload_expires_at = self.upload_expires_at

        parts = []
        for parts_item_data in self.parts:
            parts_item = parts_item_data.to_dict()
            parts.append(parts_item)

        complete_url = self.complete_url

        abort_url = self.abort_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "upload_id": upload_id,
                "s3_upload_id": s3_upload_id,
                "part_size": part_size,
                "upload_expires_at": upload_expires_at,
                "parts": parts,
                "complete_url": complete_url,
                "abort_url": abort_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.build_multipart_upload_part_url import BuildMultipartUploadPartURL  # noqa: PLC0415

        d = dict(src_dict)
        upload_id = UUID(d.pop("upload_id"))

        s3_upload_id = d.pop("s3_upload_id")

        part_size = d.pop("part_size")

        upload_expires_at = d.pop("upload_expires_at")

        parts = []
        _parts = d.pop("parts")
        for parts_item_data in _parts:
            parts_item = BuildMultipartUploadPartURL.from_dict(parts_item_data)

            parts.append(parts_item)

        complete_url = d.pop("complete_url")

        abort_url = d.pop("abort_url")

        build_multipart_upload_start_response = cls(
            upload_id=upload_id,
            s3_upload_id=s3_upload_id,
            part_size=part_size,
            upload_expires_at=upload_expires_at,
            parts=parts,
            complete_url=complete_url,
            abort_url=abort_url,
        )

        build_multipart_upload_start_response.additional_properties = d
        return build_multipart_upload_start_response

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
