from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.build_create_from_upload_request_metadata_type_0 import BuildCreateFromUploadRequestMetadataType0


T = TypeVar("T", bound="BuildCreateFromUploadRequest")


@_attrs_define
class BuildCreateFromUploadRequest:
    """Request to create a build from a completed staging upload.

    Attributes:
        upload_id (UUID): Upload session id returned by upload-session
        version (str): Version string (must be unique)
        metadata (BuildCreateFromUploadRequestMetadataType0 | None | Unset):
        set_as_current (bool | Unset): Set this build as the app's current version Default: False.
    """

    upload_id: UUID
    version: str
    metadata: BuildCreateFromUploadRequestMetadataType0 | None | Unset = UNSET
    set_as_current: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.build_create_from_upload_request_metadata_type_0 import BuildCreateFromUploadRequestMetadataType0  # noqa: PLC0415

        upload_id = str(self.upload_id)

        version = self.version

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, BuildCreateFromUploadRequestMetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        set_as_current = self.set_as_current

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "upload_id": upload_id,
                "version": version,
            }
        )
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if set_as_current is not UNSET:
            field_dict["set_as_current"] = set_as_current

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.build_create_from_upload_request_metadata_type_0 import BuildCreateFromUploadRequestMetadataType0  # noqa: PLC0415

        d = dict(src_dict)
        upload_id = UUID(d.pop("upload_id"))

        version = d.pop("version")

        def _parse_metadata(data: object) -> BuildCreateFromUploadRequestMetadataType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_type_0 = BuildCreateFromUploadRequestMetadataType0.from_dict(data)

                return metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BuildCreateFromUploadRequestMetadataType0 | None | Unset, data)

        metadata = _parse_metadata(d.pop("metadata", UNSET))

        set_as_current = d.pop("set_as_current", UNSET)

        build_create_from_upload_request = cls(
            upload_id=upload_id,
            version=version,
            metadata=metadata,
            set_as_current=set_as_current,
        )

        build_create_from_upload_request.additional_properties = d
        return build_create_from_upload_request

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
