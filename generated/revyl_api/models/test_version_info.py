from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TestVersionInfo")


@_attrs_define
class TestVersionInfo:
    """Information about a specific test version.

    Attributes:
        id (UUID): Version record ID
        test_id (UUID): Test ID this version belongs to
        version (int): Version number
        tasks (Any): Tasks at this version
        created_at (datetime.datetime): When this version was created
        modified_by (None | Unset | UUID): User ID who created this version
        modified_by_email (None | str | Unset): Email of user who created this version
    """

    id: UUID
    test_id: UUID
    version: int
    tasks: Any
    created_at: datetime.datetime
    modified_by: None | Unset | UUID = UNSET
    modified_by_email: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        test_id = str(self.test_id)

        version = self.version

        tasks = self.tasks

        created_at = self.created_at.isoformat()

        modified_by: None | str | Unset
        if isinstance(self.modified_by, Unset):
            modified_by = UNSET
        elif isinstance(self.modified_by, UUID):
            modified_by = str(self.modified_by)
        else:
            modified_by = self.modified_by

        modified_by_email: None | str | Unset
        if isinstance(self.modified_by_email, Unset):
            modified_by_email = UNSET
        else:
            modified_by_email = self.modified_by_email

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "test_id": test_id,
                "version": version,
                "tasks": tasks,
                "created_at": created_at,
            }
        )
        if modified_by is not UNSET:
            field_dict["modified_by"] = modified_by
        if modified_by_email is not UNSET:
            field_dict["modified_by_email"] = modified_by_email

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        test_id = UUID(d.pop("test_id"))

        version = d.pop("version")

        tasks = d.pop("tasks")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        def _parse_modified_by(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                modified_by_type_0 = UUID(data)

                return modified_by_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        modified_by = _parse_modified_by(d.pop("modified_by", UNSET))

        def _parse_modified_by_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        modified_by_email = _parse_modified_by_email(d.pop("modified_by_email", UNSET))

        test_version_info = cls(
            id=id,
            test_id=test_id,
            version=version,
            tasks=tasks,
            created_at=created_at,
            modified_by=modified_by,
            modified_by_email=modified_by_email,
        )

        test_version_info.additional_properties = d
        return test_version_info

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
