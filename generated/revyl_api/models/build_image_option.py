from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.build_image_option_platform import BuildImageOptionPlatform, check_build_image_option_platform
from ..types import UNSET, Unset

T = TypeVar("T", bound="BuildImageOption")


@_attrs_define
class BuildImageOption:
    """Selectable sandbox build image.

    Attributes:
        image (str):
        platform (BuildImageOptionPlatform | str):
        is_default (bool | Unset):  Default: False.
    """

    image: str
    platform: BuildImageOptionPlatform | str
    is_default: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        image = self.image

        platform: str
        if isinstance(self.platform, str):
            platform = self.platform
        else:
            platform = self.platform

        is_default = self.is_default

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "image": image,
                "platform": platform,
            }
        )
        if is_default is not UNSET:
            field_dict["is_default"] = is_default

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image = d.pop("image")

        def _parse_platform(data: object) -> BuildImageOptionPlatform | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                platform_type_0 = check_build_image_option_platform(data)

                return platform_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BuildImageOptionPlatform | str, data)

        platform = _parse_platform(d.pop("platform"))

        is_default = d.pop("is_default", UNSET)

        build_image_option = cls(
            image=image,
            platform=platform,
            is_default=is_default,
        )

        build_image_option.additional_properties = d
        return build_image_option

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
