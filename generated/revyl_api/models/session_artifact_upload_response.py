from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SessionArtifactUploadResponse")


@_attrs_define
class SessionArtifactUploadResponse:
    """Presigned URLs for uploading and downloading an ephemeral artifact.

    Params:
        upload_url: Presigned PUT URL for uploading the artifact to S3.
        download_url: Presigned GET URL the worker uses to fetch the artifact.
        s3_key: The S3 object key for the uploaded artifact.
        expires_in: Upload URL expiry in seconds.

        Attributes:
            upload_url (str):
            download_url (str):
            s3_key (str):
            expires_in (int):
    """

    upload_url: str = _attrs_field(repr=False)
    download_url: str = _attrs_field(repr=False)
    s3_key: str
    expires_in: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        upload_url = self.upload_url

        download_url = self.download_url

        s3_key = self.s3_key

        expires_in = self.expires_in

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "upload_url": upload_url,
                "download_url": download_url,
                "s3_key": s3_key,
                "expires_in": expires_in,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        upload_url = d.pop("upload_url")

        download_url = d.pop("download_url")

        s3_key = d.pop("s3_key")

        expires_in = d.pop("expires_in")

        session_artifact_upload_response = cls(
            upload_url=upload_url,
            download_url=download_url,
            s3_key=s3_key,
            expires_in=expires_in,
        )

        session_artifact_upload_response.additional_properties = d
        return session_artifact_upload_response

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
