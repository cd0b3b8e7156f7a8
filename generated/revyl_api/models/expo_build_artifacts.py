from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ExpoBuildArtifacts")


@_attrs_define
class ExpoBuildArtifacts:
    """
    Attributes:
        build_url (None | str | Unset):
        application_archive_url (None | str | Unset):
    """

    build_url: None | str | Unset = UNSET
    application_archive_url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        build_url: None | str | Unset
        if isinstance(self.build_url, Unset):
            build_url = UNSET
        else:
            build_url = self.build_url

        application_archive_url: None | str | Unset
        if isinstance(self.application_archive_url, Unset):
            application_archive_url = UNSET
        else:
            application_archive_url = self.application_archive_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if build_url is not UNSET:
            field_dict["buildUrl"] = build_url
        if application_archive_url is not UNSET:
            field_dict["applicationArchiveUrl"] = application_archive_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_build_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        build_url = _parse_build_url(d.pop("buildUrl", UNSET))

        def _parse_application_archive_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        application_archive_url = _parse_application_archive_url(d.pop("applicationArchiveUrl", UNSET))

        expo_build_artifacts = cls(
            build_url=build_url,
            application_archive_url=application_archive_url,
        )

        expo_build_artifacts.additional_properties = d
        return expo_build_artifacts

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
