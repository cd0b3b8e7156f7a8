from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.resolved_ios_store_kit_config_mode_type_0 import (
    ResolvedIosStoreKitConfigModeType0,
    check_resolved_ios_store_kit_config_mode_type_0,
)
from ..models.resolved_ios_store_kit_config_scope_type_type_0 import (
    ResolvedIosStoreKitConfigScopeTypeType0,
    check_resolved_ios_store_kit_config_scope_type_type_0,
)
from ..models.resolved_ios_store_kit_config_source import (
    ResolvedIosStoreKitConfigSource,
    check_resolved_ios_store_kit_config_source,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ResolvedIosStoreKitConfig")


@_attrs_define
class ResolvedIosStoreKitConfig:
    """Resolved StoreKit config snapshot for a run/session.

    Attributes:
        enabled (bool | Unset):  Default: False.
        available (bool | Unset):  Default: True.
        source (ResolvedIosStoreKitConfigSource | str | Unset):  Default: 'none'.
        mode (None | ResolvedIosStoreKitConfigModeType0 | str | Unset):
        scope_type (None | ResolvedIosStoreKitConfigScopeTypeType0 | str | Unset):
        scope_id (None | Unset | UUID):
        file_id (None | Unset | UUID):
        filename (None | str | Unset):
        file_size (int | None | Unset):
        content_type (None | str | Unset):
        error (None | str | Unset):
    """

    enabled: bool | Unset = False
    available: bool | Unset = True
    source: ResolvedIosStoreKitConfigSource | str | Unset = "none"
    mode: None | ResolvedIosStoreKitConfigModeType0 | str | Unset = UNSET
    scope_type: None | ResolvedIosStoreKitConfigScopeTypeType0 | str | Unset = UNSET
    scope_id: None | Unset | UUID = UNSET
    file_id: None | Unset | UUID = UNSET
    filename: None | str | Unset = UNSET
    file_size: int | None | Unset = UNSET
    content_type: None | str | Unset = UNSET
    error: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enabled = self.enabled

        available = self.available

        source: str | Unset
        if isinstance(self.source, Unset):
            source = UNSET
        elif isinstance(self.source, str):
            source = self.source
        else:
            source = self.source

        mode: None | str | Unset
        if isinstance(self.mode, Unset):
            mode = UNSET
        elif isinstance(self.mode, str):
            mode = self.mode
        else:
            mode = self.mode

        scope_type: None | str | Unset
        if isinstance(self.scope_type, Unset):
            scope_type = UNSET
        elif isinstance(self.scope_type, str):
            scope_type = self.scope_type
        else:
            scope_type = self.scope_type

        scope_id: None | str | Unset
        if isinstance(self.scope_id, Unset):
            scope_id = UNSET
        elif isinstance(self.scope_id, UUID):
            scope_id = str(self.scope_id)
        else:
            scope_id = self.scope_id

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

        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if available is not UNSET:
            field_dict["available"] = available
        if source is not UNSET:
            field_dict["source"] = source
        if mode is not UNSET:
            field_dict["mode"] = mode
        if scope_type is not UNSET:
            field_dict["scope_type"] = scope_type
        if scope_id is not UNSET:
            field_dict["scope_id"] = scope_id
        if file_id is not UNSET:
            field_dict["file_id"] = file_id
        if filename is not UNSET:
            field_dict["filename"] = filename
        if file_size is not UNSET:
            field_dict["file_size"] = file_size
        if content_type is not UNSET:
            field_dict["content_type"] = content_type
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        enabled = d.pop("enabled", UNSET)

        available = d.pop("available", UNSET)

        def _parse_source(data: object) -> ResolvedIosStoreKitConfigSource | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                source_type_0 = check_resolved_ios_store_kit_config_source(data)

                return source_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ResolvedIosStoreKitConfigSource | str | Unset, data)

        source = _parse_source(d.pop("source", UNSET))

        def _parse_mode(data: object) -> None | ResolvedIosStoreKitConfigModeType0 | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                mode_type_0 = check_resolved_ios_store_kit_config_mode_type_0(data)

                return mode_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ResolvedIosStoreKitConfigModeType0 | str | Unset, data)

        mode = _parse_mode(d.pop("mode", UNSET))

        def _parse_scope_type(data: object) -> None | ResolvedIosStoreKitConfigScopeTypeType0 | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                scope_type_type_0 = check_resolved_ios_store_kit_config_scope_type_type_0(data)

                return scope_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ResolvedIosStoreKitConfigScopeTypeType0 | str | Unset, data)

        scope_type = _parse_scope_type(d.pop("scope_type", UNSET))

        def _parse_scope_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                scope_id_type_0 = UUID(data)

                return scope_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        scope_id = _parse_scope_id(d.pop("scope_id", UNSET))

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

        def _parse_error(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error = _parse_error(d.pop("error", UNSET))

        resolved_ios_store_kit_config = cls(
            enabled=enabled,
            available=available,
            source=source,
            mode=mode,
            scope_type=scope_type,
            scope_id=scope_id,
            file_id=file_id,
            filename=filename,
            file_size=file_size,
            content_type=content_type,
            error=error,
        )

        resolved_ios_store_kit_config.additional_properties = d
        return resolved_ios_store_kit_config

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
