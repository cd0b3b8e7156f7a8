from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.build_resolution_request_filters_type_0 import BuildResolutionRequestFiltersType0


T = TypeVar("T", bound="BuildResolutionRequest")


@_attrs_define
class BuildResolutionRequest:
    """Request to resolve a build for a test.

    Attributes:
        build_var_id (UUID):
        pinned_version (None | str | Unset):
        org_id (None | Unset | UUID): Organization context for service-auth resolution requests
        filters (BuildResolutionRequestFiltersType0 | None | Unset): Optional resolution filters matched against build
            metadata (e.g., pr_number, commit_sha)
    """

    build_var_id: UUID
    pinned_version: None | str | Unset = UNSET
    org_id: None | Unset | UUID = UNSET
    filters: BuildResolutionRequestFiltersType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.build_resolution_request_filters_type_0 import BuildResolutionRequestFiltersType0  # noqa: PLC0415

        build_var_id = str(self.build_var_id)

        pinned_version: None | str | Unset
        if isinstance(self.pinned_version, Unset):
            pinned_version = UNSET
        else:
            pinned_version = self.pinned_version

        org_id: None | str | Unset
        if isinstance(self.org_id, Unset):
            org_id = UNSET
        elif isinstance(self.org_id, UUID):
            org_id = str(self.org_id)
        else:
            org_id = self.org_id

        filters: dict[str, Any] | None | Unset
        if isinstance(self.filters, Unset):
            filters = UNSET
        elif isinstance(self.filters, BuildResolutionRequestFiltersType0):
            filters = self.filters.to_dict()
        else:
            filters = self.filters

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "build_var_id": build_var_id,
            }
        )
        if pinned_version is not UNSET:
            field_dict["pinned_version"] = pinned_version
        if org_id is not UNSET:
            field_dict["org_id"] = org_id
        if filters is not UNSET:
            field_dict["filters"] = filters

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.build_resolution_request_filters_type_0 import BuildResolutionRequestFiltersType0  # noqa: PLC0415

        d = dict(src_dict)
        build_var_id = UUID(d.pop("build_var_id"))

        def _parse_pinned_version(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        pinned_version = _parse_pinned_version(d.pop("pinned_version", UNSET))

        def _parse_org_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                org_id_type_0 = UUID(data)

                return org_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        org_id = _parse_org_id(d.pop("org_id", UNSET))

        def _parse_filters(data: object) -> BuildResolutionRequestFiltersType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                filters_type_0 = BuildResolutionRequestFiltersType0.from_dict(data)

                return filters_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BuildResolutionRequestFiltersType0 | None | Unset, data)

        filters = _parse_filters(d.pop("filters", UNSET))

        build_resolution_request = cls(
            build_var_id=build_var_id,
            pinned_version=pinned_version,
            org_id=org_id,
            filters=filters,
        )

        build_resolution_request.additional_properties = d
        return build_resolution_request

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
