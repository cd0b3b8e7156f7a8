from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.all_platform_targets_platforms import AllPlatformTargetsPlatforms


T = TypeVar("T", bound="AllPlatformTargets")


@_attrs_define
class AllPlatformTargets:
    """Device target configs for every supported platform.

    Attributes:
        platforms (AllPlatformTargetsPlatforms): Keyed by lowercase platform name
    """

    platforms: AllPlatformTargetsPlatforms
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        platforms = self.platforms.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "platforms": platforms,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.all_platform_targets_platforms import AllPlatformTargetsPlatforms  # noqa: PLC0415

        d = dict(src_dict)
        platforms = AllPlatformTargetsPlatforms.from_dict(d.pop("platforms"))

        all_platform_targets = cls(
            platforms=platforms,
        )

        all_platform_targets.additional_properties = d
        return all_platform_targets

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
