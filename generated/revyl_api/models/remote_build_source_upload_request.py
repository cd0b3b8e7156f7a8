from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RemoteBuildSourceUploadRequest")


@_attrs_define
class RemoteBuildSourceUploadRequest:
    """Request body for obtaining a presigned URL to upload source code.

    Attributes:
        app_id: UUID of the target app.
        filename: Original filename of the source archive.
        file_size: Size of the archive in bytes. Optional — the S3
            presigned POST ``content-length-range`` condition enforces the
            size limit at upload time regardless of this value.

        Attributes:
            app_id (UUID):
            filename (str | Unset):  Default: 'source.tar.gz'.
            file_size (int | None | Unset): Archive size in bytes (max 500 MB). Optional client-side hint.
    """

    app_id: UUID
    filename: str | Unset = "source.tar.gz"
    file_size: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        app_id = str(self.app_id)

        filename = self.filename

        file_size: int | None | Unset
        if isinstance(self.file_size, Unset):
            file_size = UNSET
        else:
            file_size = self.file_size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "app_id": app_id,
            }
        )
        if filename is not UNSET:
            field_dict["filename"] = filename
        if file_size is not UNSET:
            field_dict["file_size"] = file_size

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        app_id = UUID(d.pop("app_id"))

        filename = d.pop("filename", UNSET)

        def _parse_file_size(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        file_size = _parse_file_size(d.pop("file_size", UNSET))

        remote_build_source_upload_request = cls(
            app_id=app_id,
            filename=filename,
            file_size=file_size,
        )

        remote_build_source_upload_request.additional_properties = d
        return remote_build_source_upload_request

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
