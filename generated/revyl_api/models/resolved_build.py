from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.resolved_build_metadata import ResolvedBuildMetadata


T = TypeVar("T", bound="ResolvedBuild")


@_attrs_define
class ResolvedBuild:
    """Normalized representation of a resolved build artifact.

    Attributes:
        build_var_id (UUID):
        version_id (None | Unset | UUID):
        platform (None | str | Unset):
        version (None | str | Unset):
        static_url (None | str | Unset):
        artifact_url (None | str | Unset):
        download_url (None | str | Unset):
        metadata (ResolvedBuildMetadata | Unset):
        build_name (None | str | Unset):
        description (None | str | Unset):
        system_prompt (None | str | Unset):
        package_name (None | str | Unset):
        uploaded_at (datetime.datetime | None | Unset):
    """

    build_var_id: UUID
    version_id: None | Unset | UUID = UNSET
    platform: None | str | Unset = UNSET
    version: None | str | Unset = UNSET
    static_url: None | str | Unset = UNSET
    artifact_url: None | str | Unset = UNSET
    download_url: None | str | Unset = _attrs_field(default=UNSET, repr=False)
    metadata: ResolvedBuildMetadata | Unset = UNSET
    build_name: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    system_prompt: None | str | Unset = UNSET
    package_name: None | str | Unset = UNSET
    uploaded_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        build_var_id = str(self.build_var_id)

        version_id: None | str | Unset
        if isinstance(self.version_id, Unset):
            version_id = UNSET
        elif isinstance(self.version_id, UUID):
            version_id = str(self.version_id)
        else:
            version_id = self.version_id

        platform: None | str | Unset
        if isinstance(self.platform, Unset):
            platform = UNSET
        else:
            platform = self.platform

        version: None | str | Unset
        if isinstance(self.version, Unset):
            version = UNSET
        else:
            version = self.version

        static_url: None | str | Unset
        if isinstance(self.static_url, Unset):
            static_url = UNSET
        else:
            static_url = self.static_url

        artifact_url: None | str | Unset
        if isinstance(self.artifact_url, Unset):
            artifact_url = UNSET
        else:
            artifact_url = self.artifact_url

        download_url: None | str | Unset
        if isinstance(self.download_url, Unset):
            download_url = UNSET
        else:
            download_url = self.download_url

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        build_name: None | str | Unset
        if isinstance(self.build_name, Unset):
            build_name = UNSET
        else:
            build_name = self.build_name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        system_prompt: None | str | Unset
        if isinstance(self.system_prompt, Unset):
            system_prompt = UNSET
        else:
            system_prompt = self.system_prompt

        package_name: None | str | Unset
        if isinstance(self.package_name, Unset):
            package_name = UNSET
        else:
            package_name = self.package_name

        uploaded_at: None | str | Unset
        if isinstance(self.uploaded_at, Unset):
            uploaded_at = UNSET
        elif isinstance(self.uploaded_at, datetime.datetime):
            uploaded_at = self.uploaded_at.isoformat()
        else:
            uploaded_at = self.uploaded_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "build_var_id": build_var_id,
            }
        )
        if version_id is not UNSET:
            field_dict["version_id"] = version_id
        if platform is not UNSET:
            field_dict["platform"] = platform
        if version is not UNSET:
            field_dict["version"] = version
        if static_url is not UNSET:
            field_dict["static_url"] = static_url
        if artifact_url is not UNSET:
            field_dict["artifact_url"] = artifact_url
        if download_url is not UNSET:
            field_dict["download_url"] = download_url
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if build_name is not UNSET:
            field_dict["build_name"] = build_name
        if description is not UNSET:
            field_dict["description"] = description
        if system_prompt is not UNSET:
            field_dict["system_prompt"] = system_prompt
        if package_name is not UNSET:
            field_dict["package_name"] = package_name
        if uploaded_at is not UNSET:
            field_dict["uploaded_at"] = uploaded_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.resolved_build_metadata import ResolvedBuildMetadata  # noqa: PLC0415

        d = dict(src_dict)
        build_var_id = UUID(d.pop("build_var_id"))

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

        def _parse_platform(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        platform = _parse_platform(d.pop("platform", UNSET))

        def _parse_version(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        version = _parse_version(d.pop("version", UNSET))

        def _parse_static_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        static_url = _parse_static_url(d.pop("static_url", UNSET))

        def _parse_artifact_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        artifact_url = _parse_artifact_url(d.pop("artifact_url", UNSET))

        def _parse_download_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        download_url = _parse_download_url(d.pop("download_url", UNSET))

        _metadata = d.pop("metadata", UNSET)
        metadata: ResolvedBuildMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = ResolvedBuildMetadata.from_dict(_metadata)

        def _parse_build_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        build_name = _parse_build_name(d.pop("build_name", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_system_prompt(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        system_prompt = _parse_system_prompt(d.pop("system_prompt", UNSET))

        def _parse_package_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        package_name = _parse_package_name(d.pop("package_name", UNSET))

        def _parse_uploaded_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                uploaded_at_type_0 = datetime.datetime.fromisoformat(data)

                return uploaded_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        uploaded_at = _parse_uploaded_at(d.pop("uploaded_at", UNSET))

        resolved_build = cls(
            build_var_id=build_var_id,
            version_id=version_id,
            platform=platform,
            version=version,
            static_url=static_url,
            artifact_url=artifact_url,
            download_url=download_url,
            metadata=metadata,
            build_name=build_name,
            description=description,
            system_prompt=system_prompt,
            package_name=package_name,
            uploaded_at=uploaded_at,
        )

        resolved_build.additional_properties = d
        return resolved_build

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
