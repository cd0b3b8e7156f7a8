from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BuildResolutionResponse")


@_attrs_define
class BuildResolutionResponse:
    """Response with resolved build information.

    Attributes:
        build_var_id (UUID):
        platform (str):
        version (None | str | Unset):
        version_id (None | Unset | UUID): Resolved build row ID for fetching build details
        artifact_url (None | str | Unset):
        static_url (None | str | Unset):
        download_url (None | str | Unset):
    """

    build_var_id: UUID
    platform: str
    version: None | str | Unset = UNSET
    version_id: None | Unset | UUID = UNSET
    artifact_url: None | str | Unset = UNSET
    static_url: None | str | Unset = UNSET
    download_url: None | str | Unset = _attrs_field(default=UNSET, repr=False)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        build_var_id = str(self.build_var_id)

        platform = self.platform

        version: None | str | Unset
        if isinstance(self.version, Unset):
            version = UNSET
        else:
            version = self.version

        version_id: None | str | Unset
        if isinstance(self.version_id, Unset):
            version_id = UNSET
        elif isinstance(self.version_id, UUID):
            version_id = str(self.version_id)
        else:
            version_id = self.version_id

        artifact_url: None | str | Unset
        if isinstance(self.artifact_url, Unset):
            artifact_url = UNSET
        else:
            artifact_url = self.artifact_url

        static_url: None | str | Unset
        if isinstance(self.static_url, Unset):
            static_url = UNSET
        else:
            static_url = self.static_url

        download_url: None | str | Unset
        if isinstance(self.download_url, Unset):
            download_url = UNSET
        else:
            download_url = self.download_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "build_var_id": build_var_id,
                "platform": platform,
            }
        )
        if version is not UNSET:
            field_dict["version"] = version
        if version_id is not UNSET:
            field_dict["version_id"] = version_id
        if artifact_url is not UNSET:
            field_dict["artifact_url"] = artifact_url
        if static_url is not UNSET:
            field_dict["static_url"] = static_url
        if download_url is not UNSET:
            field_dict["download_url"] = download_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        build_var_id = UUID(d.pop("build_var_id"))

        platform = d.pop("platform")

        def _parse_version(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        version = _parse_version(d.pop("version", UNSET))

        def _parse_version_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                version_id_type_0 = UUID(data)

                return version_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        version_id = _parse_version_id(d.pop("version_id", UNSET))

        def _parse_artifact_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        artifact_url = _parse_artifact_url(d.pop("artifact_url", UNSET))

        def _parse_static_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        static_url = _parse_static_url(d.pop("static_url", UNSET))

        def _parse_download_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        download_url = _parse_download_url(d.pop("download_url", UNSET))

        build_resolution_response = cls(
            build_var_id=build_var_id,
            platform=platform,
            version=version,
            version_id=version_id,
            artifact_url=artifact_url,
            static_url=static_url,
            download_url=download_url,
        )

        build_resolution_response.additional_properties = d
        return build_resolution_response

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
