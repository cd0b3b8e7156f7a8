from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SessionArtifactUploadRequest")


@_attrs_define
class SessionArtifactUploadRequest:
    """Request body for generating an ephemeral artifact upload URL.

    Params:
        file_size: Size of the artifact in bytes. Must be <= 100 MB.
        content_type: MIME type of the artifact. Defaults to application/zip.

        Attributes:
            file_size (int):
            content_type (str | Unset):  Default: 'application/zip'.
    """

    file_size: int
    content_type: str | Unset = "application/zip"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file_size = self.file_size

        content_type = self.content_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "file_size": file_size,
            }
        )
        if content_type is not UNSET:
            field_dict["content_type"] = content_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        file_size = d.pop("file_size")

        content_type = d.pop("content_type", UNSET)

        session_artifact_upload_request = cls(
            file_size=file_size,
            content_type=content_type,
        )

        session_artifact_upload_request.additional_properties = d
        return session_artifact_upload_request

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
