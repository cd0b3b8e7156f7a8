from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.device_pair import DevicePair
    from ..models.platform_target_config_compatible_runtimes import PlatformTargetConfigCompatibleRuntimes


T = TypeVar("T", bound="PlatformTargetConfig")


@_attrs_define
class PlatformTargetConfig:
    """Available targets and default pair for a single platform.

    Attributes:
        default_pair (DevicePair): A device model + runtime combination.
        available_runtimes (list[str]): OS runtimes that workers have installed
        available_models (list[str]): Device models selectable by users
        compatible_runtimes (PlatformTargetConfigCompatibleRuntimes | Unset): Model -> list of runtimes it can run.
            Models not listed are assumed to support all available_runtimes.
    """

    default_pair: DevicePair
    available_runtimes: list[str]
    available_models: list[str]
    compatible_runtimes: PlatformTargetConfigCompatibleRuntimes | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        default_pair = self.default_pair.to_dict()

        available_runtimes = self.available_runtimes

        available_models = self.available_models

        compatible_runtimes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.compatible_runtimes, Unset):
            compatible_runtimes = self.compatible_runtimes.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "default_pair": default_pair,
                "available_runtimes": available_runtimes,
                "available_models": available_models,
            }
        )
        if compatible_runtimes is not UNSET:
            field_dict["compatible_runtimes"] = compatible_runtimes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.device_pair import DevicePair  # noqa: PLC0415
        from ..models.platform_target_config_compatible_runtimes import PlatformTargetConfigCompatibleRuntimes  # noqa: PLC0415

        d = dict(src_dict)
        default_pair = DevicePair.from_dict(d.pop("default_pair"))

        available_runtimes = cast(list[str], d.pop("available_runtimes"))

        available_models = cast(list[str], d.pop("available_models"))

        _compatible_runtimes = d.pop("compatible_runtimes", UNSET)
        compatible_runtimes: PlatformTargetConfigCompatibleRuntimes | Unset
        if isinstance(_compatible_runtimes, Unset):
            compatible_runtimes = UNSET
        else:
            compatible_runtimes = PlatformTargetConfigCompatibleRuntimes.from_dict(_compatible_runtimes)

        platform_target_config = cls(
            default_pair=default_pair,
            available_runtimes=available_runtimes,
            available_models=available_models,
            compatible_runtimes=compatible_runtimes,
        )

        platform_target_config.additional_properties = d
        return platform_target_config

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
