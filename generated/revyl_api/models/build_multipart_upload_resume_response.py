from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.build_multipart_upload_completed_part import BuildMultipartUploadCompletedPart
    from ..models.build_multipart_upload_part_url import BuildMultipartUploadPartURL


T = TypeVar("T", bound="BuildMultipartUploadResumeResponse")


@_attrs_define
class BuildMultipartUploadResumeResponse:
    """Response that lets a client finish an interrupted multipart upload.

    parts re-presigns every part (URLs from the original start may have
    expired); uploaded_parts tells the client which of those to skip and
    carries the ETags it needs to assemble the object at complete_url.

        Attributes:
            upload_id (UUID):
            s3_upload_id (str):
            part_size (int): Size in bytes of every part except the last
            upload_expires_at (int): Unix timestamp after which the presigned URLs expire
            parts (list[BuildMultipartUploadPartURL]): Freshly presigned upload_part URL for every part
            complete_url (str): Presigned S3 CompleteMultipartUpload URL
            abort_url (str): Presigned S3 AbortMultipartUpload URL
            uploaded_parts (list[BuildMultipartUploadCompletedPart] | Unset): Parts S3 already holds; skip these and reuse
                their ETags
    """

    upload_id: UUID
    s3_upload_id: str
    part_size: int
    upload_expires_at: int
    parts: list[BuildMultipartUploadPartURL]
    complete_url: str = _attrs_field(repr=False)
    abort_url: str = _attrs_field(repr=False)
    uploaded_parts: list[BuildMultipartUploadCompletedPart] | Unset = UNSET
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

        uploaded_parts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.uploaded_parts, Unset):
            uploaded_parts = []
            for uploaded_parts_item_data in self.uploaded_parts:
                uploaded_parts_item = uploaded_parts_item_data.to_dict()
                uploaded_parts.append(uploaded_parts_item)

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
        if uploaded_parts is not UNSET:
            field_dict["uploaded_parts"] = uploaded_parts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.build_multipart_upload_completed_part import BuildMultipartUploadCompletedPart  # noqa: PLC0415
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

        _uploaded_parts = d.pop("uploaded_parts", UNSET)
        uploaded_parts: list[BuildMultipartUploadCompletedPart] | Unset = UNSET
        if _uploaded_parts is not UNSET:
            uploaded_parts = []
            for uploaded_parts_item_data in _uploaded_parts:
                uploaded_parts_item = BuildMultipartUploadCompletedPart.from_dict(uploaded_parts_item_data)

                uploaded_parts.append(uploaded_parts_item)

        build_multipart_upload_resume_response = cls(
            upload_id=upload_id,
            s3_upload_id=s3_upload_id,
            part_size=part_size,
            upload_expires_at=upload_expires_at,
            parts=parts,
            complete_url=complete_url,
            abort_url=abort_url,
            uploaded_parts=uploaded_parts,
        )

        build_multipart_upload_resume_response.additional_properties = d
        return build_multipart_upload_resume_response

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
