from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="BuildUploadSessionResponse")


@_attrs_define
class BuildUploadSessionResponse:
    """Response with a presigned URL targeting the staging area.

    No build row exists yet; the build is created by POST /{app_id}/builds
    after the artifact is uploaded and validated. Abandoned staging objects
    are swept server-side when a later session for the same app starts.

        Attributes:
            upload_id (UUID):
            upload_url (str):
            upload_expires_at (int):
            content_type (str):
    """

    upload_id: UUID
    upload_url: str = _attrs_field(repr=False)
    upload_expires_at: int
    content_type: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        upload_id = str(self.upload_id)

        upload_url = self.upload_url

        upload_expires_at = self.upload_expires_at

        content_type = self.content_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "upload_id": upload_id,
                "upload_url": upload_url,
                "upload_expires_at": upload_expires_at,
                "content_type": content_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        upload_id = UUID(d.pop("upload_id"))

        upload_url = d.pop("upload_url")

        upload_expires_at = d.pop("upload_expires_at")

        content_type = d.pop("content_type")

        build_upload_session_response = cls(
            upload_id=upload_id,
            upload_url=upload_url,
            upload_expires_at=upload_expires_at,
            content_type=content_type,
        )

        build_upload_session_response.additional_properties = d
        return build_upload_session_response

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
