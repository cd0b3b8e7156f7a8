from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.org_file import OrgFile


T = TypeVar("T", bound="OrgFileUploadResponse")


@_attrs_define
class OrgFileUploadResponse:
    """Response model for presigned upload URL.

    Attributes:
        file (OrgFile): Full org file model with database fields.
        upload_url (str): Presigned S3 PUT URL
        expires_in (int): URL expiry in seconds
        content_type (str): Content-Type to use in the PUT request
        s3_key (None | str | Unset): S3 object key (used by client in confirm step for replace flow)
    """

    file: OrgFile
    upload_url: str = _attrs_field(repr=False)
    expires_in: int
    content_type: str
    s3_key: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file = self.file.to_dict()

        upload_url = self.upload_url

        expires_in = self.expires_in

        content_type = self.content_type

        s3_key: None | str | Unset
        if isinstance(self.s3_key, Unset):
            s3_key = UNSET
        else:
            s3_key = self.s3_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "file": file,
                "upload_url": upload_url,
                "expires_in": expires_in,
                "content_type": content_type,
            }
        )
        if s3_key is not UNSET:
            field_dict["s3_key"] = s3_key

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.org_file import OrgFile  # noqa: PLC0415

        d = dict(src_dict)
        file = OrgFile.from_dict(d.pop("file"))

        upload_url = d.pop("upload_url")

        expires_in = d.pop("expires_in")

        content_type = d.pop("content_type")

        def _parse_s3_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        s3_key = _parse_s3_key(d.pop("s3_key", UNSET))

        org_file_upload_response = cls(
            file=file,
            upload_url=upload_url,
            expires_in=expires_in,
            content_type=content_type,
            s3_key=s3_key,
        )

        org_file_upload_response.additional_properties = d
        return org_file_upload_response

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
