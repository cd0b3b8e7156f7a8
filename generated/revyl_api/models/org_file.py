from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OrgFile")


@_attrs_define
class OrgFile:
    """Full org file model with database fields.

    Attributes:
        id (UUID): File ID
        org_id (UUID): Organization ID
        user_id (UUID): User ID who uploaded the file
        filename (str): Display name
        file_size (int): File size in bytes
        created_at (datetime.datetime): Upload timestamp
        updated_at (datetime.datetime): Last update timestamp
        content_type (None | str | Unset): MIME content type
        description (None | str | Unset): File description
        status (str | Unset): Upload status: 'pending' or 'ready' Default: 'ready'.
    """

    id: UUID
    org_id: UUID
    user_id: UUID
    filename: str
    file_size: int
    created_at: datetime.datetime
    updated_at: datetime.datetime
    content_type: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    status: str | Unset = "ready"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        org_id = str(self.org_id)

        user_id = str(self.user_id)

        filename = self.filename

        file_size = self.file_size

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        content_type: None | str | Unset
        if isinstance(self.content_type, Unset):
            content_type = UNSET
        else:
            content_type = self.content_type

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "org_id": org_id,
                "user_id": user_id,
                "filename": filename,
                "file_size": file_size,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if content_type is not UNSET:
            field_dict["content_type"] = content_type
        if description is not UNSET:
            field_dict["description"] = description
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        org_id = UUID(d.pop("org_id"))

        user_id = UUID(d.pop("user_id"))

        filename = d.pop("filename")

        file_size = d.pop("file_size")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        def _parse_content_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        content_type = _parse_content_type(d.pop("content_type", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        status = d.pop("status", UNSET)

        org_file = cls(
            id=id,
            org_id=org_id,
            user_id=user_id,
            filename=filename,
            file_size=file_size,
            created_at=created_at,
            updated_at=updated_at,
            content_type=content_type,
            description=description,
            status=status,
        )

        org_file.additional_properties = d
        return org_file

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
