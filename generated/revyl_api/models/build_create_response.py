from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="BuildCreateResponse")


@_attrs_define
class BuildCreateResponse:
    """Response model for creating a build with upload URL.

    Attributes:
        version_id (UUID):
        version (str):
        upload_url (str):
        upload_expires_at (int):
        content_type (str):
    """

    version_id: UUID
    version: str
    upload_url: str = _attrs_field(repr=False)
    upload_expires_at: int
    content_type: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        version_id = str(self.version_id)

        version = self.version

        upload_url = self.upload_url

        upload_expires_at = self.upload_expires_at

        content_type = self.content_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "version_id": version_id,
                "version": version,
                "upload_url": upload_url,
                "upload_expires_at": upload_expires_at,
                "content_type": content_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        version_id = UUID(d.pop("version_id"))

        version = d.pop("version")

        upload_url = d.pop("upload_url")

        upload_expires_at = d.pop("upload_expires_at")

        content_type = d.pop("content_type")

        build_create_response = cls(
            version_id=version_id,
            version=version,
            upload_url=upload_url,
            upload_expires_at=upload_expires_at,
            content_type=content_type,
        )

        build_create_response.additional_properties = d
        return build_create_response

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
