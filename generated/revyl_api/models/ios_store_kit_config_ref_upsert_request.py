from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ios_store_kit_config_ref_upsert_request_mode import (
    IosStoreKitConfigRefUpsertRequestMode,
    check_ios_store_kit_config_ref_upsert_request_mode,
)
from ..models.ios_store_kit_config_ref_upsert_request_scope_type import (
    IosStoreKitConfigRefUpsertRequestScopeType,
    check_ios_store_kit_config_ref_upsert_request_scope_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="IosStoreKitConfigRefUpsertRequest")


@_attrs_define
class IosStoreKitConfigRefUpsertRequest:
    """Create or replace an explicit iOS StoreKit config choice.

    Attributes:
        scope_type (IosStoreKitConfigRefUpsertRequestScopeType):
        scope_id (UUID):
        mode (IosStoreKitConfigRefUpsertRequestMode):
        file_id (None | Unset | UUID):
    """

    scope_type: IosStoreKitConfigRefUpsertRequestScopeType
    scope_id: UUID
    mode: IosStoreKitConfigRefUpsertRequestMode
    file_id: None | Unset | UUID = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        scope_type: str = self.scope_type

        scope_id = str(self.scope_id)

        mode: str = self.mode

        file_id: None | str | Unset
        if isinstance(self.file_id, Unset):
            file_id = UNSET
        elif isinstance(self.file_id, UUID):
            file_id = str(self.file_id)
        else:
            file_id = self.file_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "scope_type": scope_type,
                "scope_id": scope_id,
                "mode": mode,
            }
        )
        if file_id is not UNSET:
            field_dict["file_id"] = file_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        scope_type = check_ios_store_kit_config_ref_upsert_request_scope_type(d.pop("scope_type"))

        scope_id = UUID(d.pop("scope_id"))

        mode = check_ios_store_kit_config_ref_upsert_request_mode(d.pop("mode"))

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

        ios_store_kit_config_ref_upsert_request = cls(
            scope_type=scope_type,
            scope_id=scope_id,
            mode=mode,
            file_id=file_id,
        )

        ios_store_kit_config_ref_upsert_request.additional_properties = d
        return ios_store_kit_config_ref_upsert_request

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
