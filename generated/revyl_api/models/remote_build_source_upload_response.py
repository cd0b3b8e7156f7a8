from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.remote_build_source_upload_response_upload_fields import RemoteBuildSourceUploadResponseUploadFields


T = TypeVar("T", bound="RemoteBuildSourceUploadResponse")


@_attrs_define
class RemoteBuildSourceUploadResponse:
    """Response containing the presigned POST URL and form fields for S3 upload.

    Attributes:
        upload_url: Presigned POST URL for multipart-form upload to S3.
        upload_fields: Form fields that must be included in the POST request.
        source_key: S3 object key where the source will be stored.
        expires_in: Number of seconds until the presigned URL expires.
        max_size_bytes: Maximum allowed archive size in bytes.

        Attributes:
            upload_url (str):
            source_key (str):
            expires_in (int):
            max_size_bytes (int):
            upload_fields (RemoteBuildSourceUploadResponseUploadFields | Unset): Form fields for the presigned POST (include
                in multipart request).
    """

    upload_url: str = _attrs_field(repr=False)
    source_key: str
    expires_in: int
    max_size_bytes: int
    upload_fields: RemoteBuildSourceUploadResponseUploadFields | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        upload_url = self.upload_url

        source_key = self.source_key

        expires_in = self.expires_in

        max_size_bytes = self.max_size_bytes

        upload_fields: dict[str, Any] | Unset = UNSET
        if not isinstance(self.upload_fields, Unset):
            upload_fields = self.upload_fields.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "upload_url": upload_url,
                "source_key": source_key,
                "expires_in": expires_in,
                "max_size_bytes": max_size_bytes,
            }
        )
        if upload_fields is not UNSET:
            field_dict["upload_fields"] = upload_fields

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.remote_build_source_upload_response_upload_fields import (
            RemoteBuildSourceUploadResponseUploadFields,  # noqa: PLC0415
        )

        d = dict(src_dict)
        upload_url = d.pop("upload_url")

        source_key = d.pop("source_key")

        expires_in = d.pop("expires_in")

        max_size_bytes = d.pop("max_size_bytes")

        _upload_fields = d.pop("upload_fields", UNSET)
        upload_fields: RemoteBuildSourceUploadResponseUploadFields | Unset
        if isinstance(_upload_fields, Unset):
            upload_fields = UNSET
        else:
            upload_fields = RemoteBuildSourceUploadResponseUploadFields.from_dict(_upload_fields)

        remote_build_source_upload_response = cls(
            upload_url=upload_url,
            source_key=source_key,
            expires_in=expires_in,
            max_size_bytes=max_size_bytes,
            upload_fields=upload_fields,
        )

        remote_build_source_upload_response.additional_properties = d
        return remote_build_source_upload_response

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
