from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SessionAppUploadUrlResponse")


@_attrs_define
class SessionAppUploadUrlResponse:
    """Presigned PUT for an ephemeral, session-scoped app object.

    Attributes:
        upload_url (str): Presigned S3 PUT URL
        s3_key (str): S3 key to pass back to the install endpoint
        content_type (str): Content-Type to use in the PUT request
        expires_in (int): URL expiry in seconds
    """

    upload_url: str = _attrs_field(repr=False)
    s3_key: str
    content_type: str
    expires_in: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        upload_url = self.upload_url

        s3_key = self.s3_key

        content_type = self.content_type

        expires_in = self.expires_in

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "upload_url": upload_url,
                "s3_key": s3_key,
                "content_type": content_type,
                "expires_in": expires_in,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        upload_url = d.pop("upload_url")

        s3_key = d.pop("s3_key")

        content_type = d.pop("content_type")

        expires_in = d.pop("expires_in")

        session_app_upload_url_response = cls(
            upload_url=upload_url,
            s3_key=s3_key,
            content_type=content_type,
            expires_in=expires_in,
        )

        session_app_upload_url_response.additional_properties = d
        return session_app_upload_url_response

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
