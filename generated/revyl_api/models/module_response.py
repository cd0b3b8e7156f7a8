from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ModuleResponse")


@_attrs_define
class ModuleResponse:
    """Response model for a single module

    Attributes:
        id (str):
        org_id (str):
        name (str):
        blocks (list[Any]):
        created_at (str):
        updated_at (str):
        description (None | str | Unset):
        created_by (None | str | Unset):
        version (int | Unset):  Default: 1.
        last_modified_by (None | str | Unset):
        last_modified_by_email (None | str | Unset):
    """

    id: str
    org_id: str
    name: str
    blocks: list[Any]
    created_at: str
    updated_at: str
    description: None | str | Unset = UNSET
    created_by: None | str | Unset = UNSET
    version: int | Unset = 1
    last_modified_by: None | str | Unset = UNSET
    last_modified_by_email: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        org_id = self.org_id

        name = self.name

        blocks = self.blocks

        created_at = self.created_at

        updated_at = self.updated_at

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        created_by: None | str | Unset
        if isinstance(self.created_by, Unset):
            created_by = UNSET
        else:
            created_by = self.created_by

        version = self.version

        last_modified_by: None | str | Unset
        if isinstance(self.last_modified_by, Unset):
            last_modified_by = UNSET
        else:
            last_modified_by = self.last_modified_by

        last_modified_by_email: None | str | Unset
        if isinstance(self.last_modified_by_email, Unset):
            last_modified_by_email = UNSET
        else:
            last_modified_by_email = self.last_modified_by_email

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "org_id": org_id,
                "name": name,
                "blocks": blocks,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if version is not UNSET:
            field_dict["version"] = version
        if last_modified_by is not UNSET:
            field_dict["last_modified_by"] = last_modified_by
        if last_modified_by_email is not UNSET:
            field_dict["last_modified_by_email"] = last_modified_by_email

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        org_id = d.pop("org_id")

        name = d.pop("name")

        blocks = cast(list[Any], d.pop("blocks"))

        created_at = d.pop("created_at")

        updated_at = d.pop("updated_at")

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_created_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created_by = _parse_created_by(d.pop("created_by", UNSET))

        version = d.pop("version", UNSET)

        def _parse_last_modified_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_modified_by = _parse_last_modified_by(d.pop("last_modified_by", UNSET))

        def _parse_last_modified_by_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_modified_by_email = _parse_last_modified_by_email(d.pop("last_modified_by_email", UNSET))

        module_response = cls(
            id=id,
            org_id=org_id,
            name=name,
            blocks=blocks,
            created_at=created_at,
            updated_at=updated_at,
            description=description,
            created_by=created_by,
            version=version,
            last_modified_by=last_modified_by,
            last_modified_by_email=last_modified_by_email,
        )

        module_response.additional_properties = d
        return module_response

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
