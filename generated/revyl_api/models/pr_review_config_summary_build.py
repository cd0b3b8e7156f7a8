from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PrReviewConfigSummaryBuild")


@_attrs_define
class PrReviewConfigSummaryBuild:
    """One enabled preview build in a config summary.

    Attributes:
        platform (str):
        app (None | str | Unset):
        framework (None | str | Unset):
        image (None | str | Unset):
        use_existing_ci (bool | Unset):  Default: False.
    """

    platform: str
    app: None | str | Unset = UNSET
    framework: None | str | Unset = UNSET
    image: None | str | Unset = UNSET
    use_existing_ci: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        platform = self.platform

        app: None | str | Unset
        if isinstance(self.app, Unset):
            app = UNSET
        else:
            app = self.app

        framework: None | str | Unset
        if isinstance(self.framework, Unset):
            framework = UNSET
        else:
            framework = self.framework

        image: None | str | Unset
        if isinstance(self.image, Unset):
            image = UNSET
        else:
            image = self.image

        use_existing_ci = self.use_existing_ci

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "platform": platform,
            }
        )
        if app is not UNSET:
            field_dict["app"] = app
        if framework is not UNSET:
            field_dict["framework"] = framework
        if image is not UNSET:
            field_dict["image"] = image
        if use_existing_ci is not UNSET:
            field_dict["use_existing_ci"] = use_existing_ci

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        platform = d.pop("platform")

        def _parse_app(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        app = _parse_app(d.pop("app", UNSET))

        def _parse_framework(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        framework = _parse_framework(d.pop("framework", UNSET))

        def _parse_image(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        image = _parse_image(d.pop("image", UNSET))

        use_existing_ci = d.pop("use_existing_ci", UNSET)

        pr_review_config_summary_build = cls(
            platform=platform,
            app=app,
            framework=framework,
            image=image,
            use_existing_ci=use_existing_ci,
        )

        pr_review_config_summary_build.additional_properties = d
        return pr_review_config_summary_build

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
