from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AppPlatformCounts")


@_attrs_define
class AppPlatformCounts:
    """Per-platform app counts.

    Attributes:
        total (int | Unset): Total number of apps across all platforms Default: 0.
        ios (int | Unset): Number of iOS apps Default: 0.
        android (int | Unset): Number of Android apps Default: 0.
    """

    total: int | Unset = 0
    ios: int | Unset = 0
    android: int | Unset = 0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total = self.total

        ios = self.ios

        android = self.android

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total is not UNSET:
            field_dict["total"] = total
        if ios is not UNSET:
            field_dict["ios"] = ios
        if android is not UNSET:
            field_dict["android"] = android

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        total = d.pop("total", UNSET)

        ios = d.pop("ios", UNSET)

        android = d.pop("android", UNSET)

        app_platform_counts = cls(
            total=total,
            ios=ios,
            android=android,
        )

        app_platform_counts.additional_properties = d
        return app_platform_counts

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
