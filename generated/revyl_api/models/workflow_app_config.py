from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.platform_app import PlatformApp


T = TypeVar("T", bound="WorkflowAppConfig")


@_attrs_define
class WorkflowAppConfig:
    """Workflow-level app configuration for iOS and Android.

    When set on a workflow with override_build_config=True, these apps
    override individual test app configurations for matching platforms.

    Attributes:
        ios_app: Optional iOS app override configuration.
        android_app: Optional Android app override configuration.

        Attributes:
            ios_build (None | PlatformApp | Unset): iOS app override
            android_build (None | PlatformApp | Unset): Android app override
    """

    ios_build: None | PlatformApp | Unset = UNSET
    android_build: None | PlatformApp | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.platform_app import PlatformApp  # noqa: PLC0415

        ios_build: dict[str, Any] | None | Unset
        if isinstance(self.ios_build, Unset):
            ios_build = UNSET
        elif isinstance(self.ios_build, PlatformApp):
            ios_build = self.ios_build.to_dict()
        else:
            ios_build = self.ios_build

        android_build: dict[str, Any] | None | Unset
        if isinstance(self.android_build, Unset):
            android_build = UNSET
        elif isinstance(self.android_build, PlatformApp):
            android_build = self.android_build.to_dict()
        else:
            android_build = self.android_build

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ios_build is not UNSET:
            field_dict["ios_build"] = ios_build
        if android_build is not UNSET:
            field_dict["android_build"] = android_build

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.platform_app import PlatformApp  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_ios_build(data: object) -> None | PlatformApp | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                ios_build_type_0 = PlatformApp.from_dict(data)

                return ios_build_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PlatformApp | Unset, data)

        ios_build = _parse_ios_build(d.pop("ios_build", UNSET))

        def _parse_android_build(data: object) -> None | PlatformApp | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                android_build_type_0 = PlatformApp.from_dict(data)

                return android_build_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PlatformApp | Unset, data)

        android_build = _parse_android_build(d.pop("android_build", UNSET))

        workflow_app_config = cls(
            ios_build=ios_build,
            android_build=android_build,
        )

        workflow_app_config.additional_properties = d
        return workflow_app_config

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
