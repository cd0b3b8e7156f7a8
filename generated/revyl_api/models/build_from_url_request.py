from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.build_from_url_request_headers_type_0 import BuildFromUrlRequestHeadersType0
    from ..models.build_from_url_request_metadata_type_0 import BuildFromUrlRequestMetadataType0


T = TypeVar("T", bound="BuildFromUrlRequest")


@_attrs_define
class BuildFromUrlRequest:
    """Request to create a build by ingesting an artifact from a URL (e.g., Expo EAS).

    Attributes:
        from_url (str): Source URL of the artifact to ingest
        version (str): Version string (must be unique within the app)
        headers (BuildFromUrlRequestHeadersType0 | None | Unset): Optional HTTP headers to include when fetching the URL
        metadata (BuildFromUrlRequestMetadataType0 | None | Unset):
        set_as_current (bool | Unset): If True, set this version as the current version for the app Default: False.
    """

    from_url: str
    version: str
    headers: BuildFromUrlRequestHeadersType0 | None | Unset = UNSET
    metadata: BuildFromUrlRequestMetadataType0 | None | Unset = UNSET
    set_as_current: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.build_from_url_request_headers_type_0 import BuildFromUrlRequestHeadersType0  # noqa: PLC0415
        from ..models.build_from_url_request_metadata_type_0 import BuildFromUrlRequestMetadataType0  # noqa: PLC0415

        from_url = self.from_url

        version = self.version

        headers: dict[str, Any] | None | Unset
        if isinstance(self.headers, Unset):
            headers = UNSET
        elif isinstance(self.headers, BuildFromUrlRequestHeadersType0):
            headers = self.headers.to_dict()
        else:
            headers = self.headers

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, BuildFromUrlRequestMetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        set_as_current = self.set_as_current

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "from_url": from_url,
                "version": version,
            }
        )
        if headers is not UNSET:
            field_dict["headers"] = headers
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if set_as_current is not UNSET:
            field_dict["set_as_current"] = set_as_current

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.build_from_url_request_headers_type_0 import BuildFromUrlRequestHeadersType0  # noqa: PLC0415
        from ..models.build_from_url_request_metadata_type_0 import BuildFromUrlRequestMetadataType0  # noqa: PLC0415

        d = dict(src_dict)
        from_url = d.pop("from_url")

        version = d.pop("version")

        def _parse_headers(data: object) -> BuildFromUrlRequestHeadersType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                headers_type_0 = BuildFromUrlRequestHeadersType0.from_dict(data)

                return headers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BuildFromUrlRequestHeadersType0 | None | Unset, data)

        headers = _parse_headers(d.pop("headers", UNSET))

        def _parse_metadata(data: object) -> BuildFromUrlRequestMetadataType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_type_0 = BuildFromUrlRequestMetadataType0.from_dict(data)

                return metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BuildFromUrlRequestMetadataType0 | None | Unset, data)

        metadata = _parse_metadata(d.pop("metadata", UNSET))

        set_as_current = d.pop("set_as_current", UNSET)

        build_from_url_request = cls(
            from_url=from_url,
            version=version,
            headers=headers,
            metadata=metadata,
            set_as_current=set_as_current,
        )

        build_from_url_request.additional_properties = d
        return build_from_url_request

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
