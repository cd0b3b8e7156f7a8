from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GlobalVariableRow")


@_attrs_define
class GlobalVariableRow:
    """Row model for a global variable.

    Attributes:
        id (UUID): Unique identifier
        org_id (UUID): Organization ID
        variable_name (str): Name of the variable
        created_at (datetime.datetime): Creation timestamp
        updated_at (datetime.datetime): Last update timestamp
        variable_value (None | str | Unset): Value
        is_secret (bool | Unset): Whether the value is encrypted and masked Default: False.
        has_secret_value (bool | Unset): Whether an encrypted value is stored for this variable Default: False.
        description (None | str | Unset): Description
        created_by (None | Unset | UUID): User who created it
    """

    id: UUID
    org_id: UUID
    variable_name: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    variable_value: None | str | Unset = UNSET
    is_secret: bool | Unset = False
    has_secret_value: bool | Unset = False
    description: None | str | Unset = UNSET
    created_by: None | Unset | UUID = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        org_id = str(self.org_id)

        variable_name = self.variable_name

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        variable_value: None | str | Unset
        if isinstance(self.variable_value, Unset):
            variable_value = UNSET
        else:
            variable_value = self.variable_value

        is_secret = self.is_secret

        has_secret_value = self.has_secret_value

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        created_by: None | str | Unset
        if isinstance(self.created_by, Unset):
            created_by = UNSET
        elif isinstance(self.created_by, UUID):
            created_by = str(self.created_by)
        else:
            created_by = self.created_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "org_id": org_id,
                "variable_name": variable_name,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if variable_value is not UNSET:
            field_dict["variable_value"] = variable_value
        if is_secret is not UNSET:
            field_dict["is_secret"] = is_secret
        if has_secret_value is not UNSET:
            field_dict["has_secret_value"] = has_secret_value
        if description is not UNSET:
            field_dict["description"] = description
        if created_by is not UNSET:
            field_dict["created_by"] = created_by

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        org_id = UUID(d.pop("org_id"))

        variable_name = d.pop("variable_name")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        def _parse_variable_value(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        variable_value = _parse_variable_value(d.pop("variable_value", UNSET))

        is_secret = d.pop("is_secret", UNSET)

        has_secret_value = d.pop("has_secret_value", UNSET)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_created_by(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_by_type_0 = UUID(data)

                return created_by_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        created_by = _parse_created_by(d.pop("created_by", UNSET))

        global_variable_row = cls(
            id=id,
            org_id=org_id,
            variable_name=variable_name,
            created_at=created_at,
            updated_at=updated_at,
            variable_value=variable_value,
            is_secret=is_secret,
            has_secret_value=has_secret_value,
            description=description,
            created_by=created_by,
        )

        global_variable_row.additional_properties = d
        return global_variable_row

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
