from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.build_response_metadata import BuildResponseMetadata


T = TypeVar("T", bound="BuildResponse")


@_attrs_define
class BuildResponse:
    """Response model for a build (specific artifact/version of an app).

    Attributes:
        id (None | Unset | UUID):
        app_id (None | Unset | UUID):
        version (None | str | Unset):
        artifact_url (None | str | Unset):
        metadata (BuildResponseMetadata | Unset):
        owner (None | Unset | UUID):
        uploaded_at (datetime.datetime | None | Unset):
        download_url (None | str | Unset):
        package_name (None | str | Unset):
        was_reused (bool | None | Unset):
    """

    id: None | Unset | UUID = UNSET
    app_id: None | Unset | UUID = UNSET
    version: None | str | Unset = UNSET
    artifact_url: None | str | Unset = UNSET
    metadata: BuildResponseMetadata | Unset = UNSET
    owner: None | Unset | UUID = UNSET
    uploaded_at: datetime.datetime | None | Unset = UNSET
    download_url: None | str | Unset = _attrs_field(default=UNSET, repr=False)
    package_name: None | str | Unset = UNSET
    was_reused: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        elif isinstance(self.id, UUID):
            id = str(self.id)
        else:
            id = self.id

        app_id: None | str | Unset
        if isinstance(self.app_id, Unset):
            app_id = UNSET
        elif isinstance(self.app_id, UUID):
            app_id = str(self.app_id)
        else:
            app_id = self.app_id

        version: None | str | Unset
        if isinstance(self.version, Unset):
            version = UNSET
        else:
            version = self.version

        artifact_url: None | str | Unset
        if isinstance(self.artifact_url, Unset):
            artifact_url = UNSET
        else:
            artifact_url = self.artifact_url

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        owner: None | str | Unset
        if isinstance(self.owner, Unset):
            owner = UNSET
        elif isinstance(self.owner, UUID):
            owner = str(self.owner)
        else:
            owner = self.owner

        uploaded_at: None | str | Unset
        if isinstance(self.uploaded_at, Unset):
            uploaded_at = UNSET
        elif isinstance(self.uploaded_at, datetime.datetime):
            uploaded_at = self.uploaded_at.isoformat()
        else:
            uploaded_at = self.uploaded_at

        download_url: None | str | Unset
        if isinstance(self.download_url, Unset):
            download_url = UNSET
        else:
            download_url = self.download_url

        package_name: None | str | Unset
        if isinstance(self.package_name, Unset):
            package_name = UNSET
        else:
            package_name = self.package_name

        was_reused: bool | None | Unset
        if isinstance(self.was_reused, Unset):
            was_reused = UNSET
        else:
            was_reused = self.was_reused

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if app_id is not UNSET:
            field_dict["app_id"] = app_id
        if version is not UNSET:
            field_dict["version"] = version
        if artifact_url is not UNSET:
            field_dict["artifact_url"] = artifact_url
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if owner is not UNSET:
            field_dict["owner"] = owner
        if uploaded_at is not UNSET:
            field_dict["uploaded_at"] = uploaded_at
        if download_url is not UNSET:
            field_dict["download_url"] = download_url
        if package_name is not UNSET:
            field_dict["package_name"] = package_name
        if was_reused is not UNSET:
            field_dict["was_reused"] = was_reused

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.build_response_metadata import BuildResponseMetadata  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                id_type_0 = UUID(data)

                return id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_app_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                app_id_type_0 = UUID(data)

                return app_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        app_id = _parse_app_id(d.pop("app_id", UNSET))

        def _parse_version(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        version = _parse_version(d.pop("version", UNSET))

        def _parse_artifact_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        artifact_url = _parse_artifact_url(d.pop("artifact_url", UNSET))

        _metadata = d.pop("metadata", UNSET)
        metadata: BuildResponseMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = BuildResponseMetadata.from_dict(_metadata)

        def _parse_owner(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                owner_type_0 = UUID(data)

                return owner_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        owner = _parse_owner(d.pop("owner", UNSET))

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

        def _parse_download_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        download_url = _parse_download_url(d.pop("download_url", UNSET))

        def _parse_package_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        package_name = _parse_package_name(d.pop("package_name", UNSET))

        def _parse_was_reused(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        was_reused = _parse_was_reused(d.pop("was_reused", UNSET))

        build_response = cls(
            id=id,
            app_id=app_id,
            version=version,
            artifact_url=artifact_url,
            metadata=metadata,
            owner=owner,
            uploaded_at=uploaded_at,
            download_url=download_url,
            package_name=package_name,
            was_reused=was_reused,
        )

        build_response.additional_properties = d
        return build_response

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
