from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ModuleVersionInfo")


@_attrs_define
class ModuleVersionInfo:
    """A single version history entry

    Attributes:
        id (str):
        module_id (str):
        version (int):
        blocks (list[Any]):
        created_at (str):
        name (None | str | Unset):
        description (None | str | Unset):
        modified_by (None | str | Unset):
        modified_by_email (None | str | Unset):
    """

    id: str
    module_id: str
    version: int
    blocks: list[Any]
    created_at: str
    name: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    modified_by: None | str | Unset = UNSET
    modified_by_email: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        module_id = self.module_id

        version = self.version

        blocks = self.blocks

        created_at = self.created_at

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        modified_by: None | str | Unset
        if isinstance(self.modified_by, Unset):
            modified_by = UNSET
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
                "module_id": module_id,
                "version": version,
                "blocks": blocks,
                "created_at": created_at,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if modified_by is not UNSET:
            field_dict["modified_by"] = modified_by
        if modified_by_email is not UNSET:
            field_dict["modified_by_email"] = modified_by_email

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        module_id = d.pop("module_id")

        version = d.pop("version")

        blocks = cast(list[Any], d.pop("blocks"))

        created_at = d.pop("created_at")

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_modified_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        modified_by = _parse_modified_by(d.pop("modified_by", UNSET))

        def _parse_modified_by_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        modified_by_email = _parse_modified_by_email(d.pop("modified_by_email", UNSET))

        module_version_info = cls(
            id=id,
            module_id=module_id,
            version=version,
            blocks=blocks,
            created_at=created_at,
            name=name,
            description=description,
            modified_by=modified_by,
            modified_by_email=modified_by_email,
        )

        module_version_info.additional_properties = d
        return module_version_info

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
