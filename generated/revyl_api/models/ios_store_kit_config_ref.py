from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ios_store_kit_config_ref_mode import IosStoreKitConfigRefMode, check_ios_store_kit_config_ref_mode
from ..models.ios_store_kit_config_ref_scope_type import (
    IosStoreKitConfigRefScopeType,
    check_ios_store_kit_config_ref_scope_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="IosStoreKitConfigRef")


@_attrs_define
class IosStoreKitConfigRef:
    """Explicit iOS StoreKit Testing config choice for one scope.

    Attributes:
        id (UUID):
        org_id (UUID):
        scope_type (IosStoreKitConfigRefScopeType | str):
        scope_id (UUID):
        mode (IosStoreKitConfigRefMode | str):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        file_id (None | Unset | UUID):
        filename (None | str | Unset):
        file_size (int | None | Unset):
        content_type (None | str | Unset):
    """

    id: UUID
    org_id: UUID
    scope_type: IosStoreKitConfigRefScopeType | str
    scope_id: UUID
    mode: IosStoreKitConfigRefMode | str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    file_id: None | Unset | UUID = UNSET
    filename: None | str | Unset = UNSET
    file_size: int | None | Unset = UNSET
    content_type: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        org_id = str(self.org_id)

        scope_type: str
        if isinstance(self.scope_type, str):
            scope_type = self.scope_type
        else:
            scope_type = self.scope_type

        scope_id = str(self.scope_id)

        mode: str
        if isinstance(self.mode, str):
            mode = self.mode
        else:
            mode = self.mode

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        file_id: None | str | Unset
        if isinstance(self.file_id, Unset):
            file_id = UNSET
        elif isinstance(self.file_id, UUID):
            file_id = str(self.file_id)
        else:
            file_id = self.file_id

        filename: None | str | Unset
        if isinstance(self.filename, Unset):
            filename = UNSET
        else:
            filename = self.filename

        file_size: int | None | Unset
        if isinstance(self.file_size, Unset):
            file_size = UNSET
        else:
            file_size = self.file_size

        content_type: None | str | Unset
        if isinstance(self.content_type, Unset):
            content_type = UNSET
        else:
            content_type = self.content_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "org_id": org_id,
                "scope_type": scope_type,
                "scope_id": scope_id,
                "mode": mode,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if file_id is not UNSET:
            field_dict["file_id"] = file_id
        if filename is not UNSET:
            field_dict["filename"] = filename
        if file_size is not UNSET:
            field_dict["file_size"] = file_size
        if content_type is not UNSET:
            field_dict["content_type"] = content_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        org_id = UUID(d.pop("org_id"))

        def _parse_scope_type(data: object) -> IosStoreKitConfigRefScopeType | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                scope_type_type_0 = check_ios_store_kit_config_ref_scope_type(data)

                return scope_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(IosStoreKitConfigRefScopeType | str, data)

        scope_type = _parse_scope_type(d.pop("scope_type"))

        scope_id = UUID(d.pop("scope_id"))

        def _parse_mode(data: object) -> IosStoreKitConfigRefMode | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                mode_type_0 = check_ios_store_kit_config_ref_mode(data)

                return mode_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(IosStoreKitConfigRefMode | str, data)

        mode = _parse_mode(d.pop("mode"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        def _parse_file_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                file_id_type_0 = UUID(data)

                return file_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        file_id = _parse_file_id(d.pop("file_id", UNSET))

        def _parse_filename(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        filename = _parse_filename(d.pop("filename", UNSET))

        def _parse_file_size(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        file_size = _parse_file_size(d.pop("file_size", UNSET))

        def _parse_content_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        content_type = _parse_content_type(d.pop("content_type", UNSET))

        ios_store_kit_config_ref = cls(
            id=id,
            org_id=org_id,
            scope_type=scope_type,
            scope_id=scope_id,
            mode=mode,
            created_at=created_at,
            updated_at=updated_at,
            file_id=file_id,
            filename=filename,
            file_size=file_size,
            content_type=content_type,
        )

        ios_store_kit_config_ref.additional_properties = d
        return ios_store_kit_config_ref

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
