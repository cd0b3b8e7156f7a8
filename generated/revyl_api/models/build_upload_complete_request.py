from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.build_upload_complete_request_metadata_type_0 import BuildUploadCompleteRequestMetadataType0


T = TypeVar("T", bound="BuildUploadCompleteRequest")


@_attrs_define
class BuildUploadCompleteRequest:
    """Request to mark upload as complete.

    Attributes:
        version_id (UUID):
        metadata (BuildUploadCompleteRequestMetadataType0 | None | Unset):
        package_name (None | str | Unset): Package name
        set_as_current (bool | Unset): Set this build as the app's current version Default: False.
    """

    version_id: UUID
    metadata: BuildUploadCompleteRequestMetadataType0 | None | Unset = UNSET
    package_name: None | str | Unset = UNSET
    set_as_current: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.build_upload_complete_request_metadata_type_0 import BuildUploadCompleteRequestMetadataType0  # noqa: PLC0415

        version_id = str(self.version_id)

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, BuildUploadCompleteRequestMetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        package_name: None | str | Unset
        if isinstance(self.package_name, Unset):
            package_name = UNSET
        else:
            package_name = self.package_name

        set_as_current = self.set_as_current

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "version_id": version_id,
            }
        )
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if package_name is not UNSET:
            field_dict["package_name"] = package_name
        if set_as_current is not UNSET:
            field_dict["set_as_current"] = set_as_current

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.build_upload_complete_request_metadata_type_0 import BuildUploadCompleteRequestMetadataType0  # noqa: PLC0415

        d = dict(src_dict)
        version_id = UUID(d.pop("version_id"))

        def _parse_metadata(data: object) -> BuildUploadCompleteRequestMetadataType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_type_0 = BuildUploadCompleteRequestMetadataType0.from_dict(data)

                return metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BuildUploadCompleteRequestMetadataType0 | None | Unset, data)

        metadata = _parse_metadata(d.pop("metadata", UNSET))

        def _parse_package_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        package_name = _parse_package_name(d.pop("package_name", UNSET))

        set_as_current = d.pop("set_as_current", UNSET)

        build_upload_complete_request = cls(
            version_id=version_id,
            metadata=metadata,
            package_name=package_name,
            set_as_current=set_as_current,
        )

        build_upload_complete_request.additional_properties = d
        return build_upload_complete_request

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
