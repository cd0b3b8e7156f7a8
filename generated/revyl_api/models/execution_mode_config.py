from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.grounder_type import GrounderType, check_grounder_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.device_cleanup_config import DeviceCleanupConfig
    from ..models.location_config import LocationConfig


T = TypeVar("T", bound="ExecutionModeConfig")


@_attrs_define
class ExecutionModeConfig:
    """Configuration for execution modes and features.

    Attributes:
        human_in_the_loop (bool | Unset): Enable human approval for test results Default: False.
        enable_reflection (bool | Unset): Enable reflection on failed steps Default: True.
        enable_planning (bool | Unset): Enable planning for complex steps Default: False.
        retries (int | Unset): Number of retry attempts Default: 1.
        reflection_retries (int | Unset): Number of reflection retry attempts Default: 1.
        skip_app_install (bool | Unset): Skip app installation during test execution Default: False.
        network_capture (bool | Unset): Attach an in-process TLS-capture agent to the (debuggable) app under test to
            record decrypted HTTP traffic. On by default (no-op/graceful on non-debuggable apps or attach failure); set
            False to disable as a per-run kill switch. Default: True.
        grounder_type (GrounderType | None | Unset):  Default: 'moondream3'.
        cleanup_config (DeviceCleanupConfig | None | Unset): Configuration for AVD cleanup between test runs
        initial_location (LocationConfig | None | Unset): Initial GPS location to set when simulator boots
        initial_orientation (None | str | Unset): Initial device orientation: 'portrait' or 'landscape'
        initial_locale (None | str | Unset): Initial device locale identifier, for example 'en_US' or 'fr_FR'
    """

    human_in_the_loop: bool | Unset = False
    enable_reflection: bool | Unset = True
    enable_planning: bool | Unset = False
    retries: int | Unset = 1
    reflection_retries: int | Unset = 1
    skip_app_install: bool | Unset = False
    network_capture: bool | Unset = True
    grounder_type: GrounderType | None | Unset = "moondream3"
    cleanup_config: DeviceCleanupConfig | None | Unset = UNSET
    initial_location: LocationConfig | None | Unset = UNSET
    initial_orientation: None | str | Unset = UNSET
    initial_locale: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.device_cleanup_config import DeviceCleanupConfig  # noqa: PLC0415
        from ..models.location_config import LocationConfig  # noqa: PLC0415

        human_in_the_loop = self.human_in_the_loop

        enable_reflection = self.enable_reflection

        enable_planning = self.enable_planning

        retries = self.retries

        reflection_retries = self.reflection_retries

        skip_app_install = self.skip_app_install

        network_capture = self.network_capture

        grounder_type: None | str | Unset
        if isinstance(self.grounder_type, Unset):
            grounder_type = UNSET
        elif isinstance(self.grounder_type, str):
            grounder_type = self.grounder_type
        else:
            grounder_type = self.grounder_type

        cleanup_config: dict[str, Any] | None | Unset
        if isinstance(self.cleanup_config, Unset):
            cleanup_config = UNSET
        elif isinstance(self.cleanup_config, DeviceCleanupConfig):
            cleanup_config = self.cleanup_config.to_dict()
        else:
            cleanup_config = self.cleanup_config

        initial_location: dict[str, Any] | None | Unset
        if isinstance(self.initial_location, Unset):
            initial_location = UNSET
        elif isinstance(self.initial_location, LocationConfig):
            initial_location = self.initial_location.to_dict()
        else:
            initial_location = self.initial_location

        initial_orientation: None | str | Unset
        if isinstance(self.initial_orientation, Unset):
            initial_orientation = UNSET
        else:
            initial_orientation = self.initial_orientation

        initial_locale: None | str | Unset
        if isinstance(self.initial_locale, Unset):
            initial_locale = UNSET
        else:
            initial_locale = self.initial_locale

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if human_in_the_loop is not UNSET:
            field_dict["human_in_the_loop"] = human_in_the_loop
        if enable_reflection is not UNSET:
            field_dict["enable_reflection"] = enable_reflection
        if enable_planning is not UNSET:
            field_dict["enable_planning"] = enable_planning
        if retries is not UNSET:
            field_dict["retries"] = retries
        if reflection_retries is not UNSET:
            field_dict["reflection_retries"] = reflection_retries
        if skip_app_install is not UNSET:
            field_dict["skip_app_install"] = skip_app_install
        if network_capture is not UNSET:
            field_dict["network_capture"] = network_capture
        if grounder_type is not UNSET:
            field_dict["grounder_type"] = grounder_type
        if cleanup_config is not UNSET:
            field_dict["cleanup_config"] = cleanup_config
        if initial_location is not UNSET:
            field_dict["initial_location"] = initial_location
        if initial_orientation is not UNSET:
            field_dict["initial_orientation"] = initial_orientation
        if initial_locale is not UNSET:
            field_dict["initial_locale"] = initial_locale

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.device_cleanup_config import DeviceCleanupConfig  # noqa: PLC0415
        from ..models.location_config import LocationConfig  # noqa: PLC0415

        d = dict(src_dict)
        human_in_the_loop = d.pop("human_in_the_loop", UNSET)

        enable_reflection = d.pop("enable_reflection", UNSET)

        enable_planning = d.pop("enable_planning", UNSET)

        retries = d.pop("retries", UNSET)

        reflection_retries = d.pop("reflection_retries", UNSET)

        skip_app_install = d.pop("skip_app_install", UNSET)

        network_capture = d.pop("network_capture", UNSET)

        def _parse_grounder_type(data: object) -> GrounderType | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                grounder_type_type_0 = check_grounder_type(data)

                return grounder_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GrounderType | None | Unset, data)

        grounder_type = _parse_grounder_type(d.pop("grounder_type", UNSET))

        def _parse_cleanup_config(data: object) -> DeviceCleanupConfig | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                cleanup_config_type_0 = DeviceCleanupConfig.from_dict(data)

                return cleanup_config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DeviceCleanupConfig | None | Unset, data)

        cleanup_config = _parse_cleanup_config(d.pop("cleanup_config", UNSET))

        def _parse_initial_location(data: object) -> LocationConfig | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                initial_location_type_0 = LocationConfig.from_dict(data)

                return initial_location_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LocationConfig | None | Unset, data)

        initial_location = _parse_initial_location(d.pop("initial_location", UNSET))

        def _parse_initial_orientation(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        initial_orientation = _parse_initial_orientation(d.pop("initial_orientation", UNSET))

        def _parse_initial_locale(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        initial_locale = _parse_initial_locale(d.pop("initial_locale", UNSET))

        execution_mode_config = cls(
            human_in_the_loop=human_in_the_loop,
            enable_reflection=enable_reflection,
            enable_planning=enable_planning,
            retries=retries,
            reflection_retries=reflection_retries,
            skip_app_install=skip_app_install,
            network_capture=network_capture,
            grounder_type=grounder_type,
            cleanup_config=cleanup_config,
            initial_location=initial_location,
            initial_orientation=initial_orientation,
            initial_locale=initial_locale,
        )

        execution_mode_config.additional_properties = d
        return execution_mode_config

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
