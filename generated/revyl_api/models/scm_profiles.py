from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.scm_platform_profile import ScmPlatformProfile


T = TypeVar("T", bound="ScmProfiles")


@_attrs_define
class ScmProfiles:
    """
    Attributes:
        ios (ScmPlatformProfile | Unset):
        android (ScmPlatformProfile | Unset):
    """

    ios: ScmPlatformProfile | Unset = UNSET
    android: ScmPlatformProfile | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ios: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ios, Unset):
            ios = self.ios.to_dict()

        android: dict[str, Any] | Unset = UNSET
        if not isinstance(self.android, Unset):
            android = self.android.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ios is not UNSET:
            field_dict["ios"] = ios
        if android is not UNSET:
            field_dict["android"] = android

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.scm_platform_profile import ScmPlatformProfile  # noqa: PLC0415

        d = dict(src_dict)
        _ios = d.pop("ios", UNSET)
        ios: ScmPlatformProfile | Unset
        if isinstance(_ios, Unset):
            ios = UNSET
        else:
            ios = ScmPlatformProfile.from_dict(_ios)

        _android = d.pop("android", UNSET)
        android: ScmPlatformProfile | Unset
        if isinstance(_android, Unset):
            android = UNSET
        else:
            android = ScmPlatformProfile.from_dict(_android)

        scm_profiles = cls(
            ios=ios,
            android=android,
        )

        scm_profiles.additional_properties = d
        return scm_profiles

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
