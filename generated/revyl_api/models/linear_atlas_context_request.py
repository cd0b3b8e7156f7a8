from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LinearAtlasContextRequest")


@_attrs_define
class LinearAtlasContextRequest:
    """
    Attributes:
        app_id (str):
        node_id (str):
        build_id (None | str | Unset):
        preview_entity_id (None | str | Unset):
        screenshot_url (None | str | Unset):
        atlas_url (None | str | Unset):
        title (None | str | Unset):
        kind (None | str | Unset):
    """

    app_id: str
    node_id: str
    build_id: None | str | Unset = UNSET
    preview_entity_id: None | str | Unset = UNSET
    screenshot_url: None | str | Unset = UNSET
    atlas_url: None | str | Unset = UNSET
    title: None | str | Unset = UNSET
    kind: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        app_id = self.app_id

        node_id = self.node_id

        build_id: None | str | Unset
        if isinstance(self.build_id, Unset):
            build_id = UNSET
        else:
            build_id = self.build_id

        preview_entity_id: None | str | Unset
        if isinstance(self.preview_entity_id, Unset):
            preview_entity_id = UNSET
        else:
            preview_entity_id = self.preview_entity_id

        screenshot_url: None | str | Unset
        if isinstance(self.screenshot_url, Unset):
            screenshot_url = UNSET
        else:
            screenshot_url = self.screenshot_url

        atlas_url: None | str | Unset
        if isinstance(self.atlas_url, Unset):
            atlas_url = UNSET
        else:
            atlas_url = self.atlas_url

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        kind: None | str | Unset
        if isinstance(self.kind, Unset):
            kind = UNSET
        else:
            kind = self.kind

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "app_id": app_id,
                "node_id": node_id,
            }
        )
        if build_id is not UNSET:
            field_dict["build_id"] = build_id
        if preview_entity_id is not UNSET:
            field_dict["preview_entity_id"] = preview_entity_id
        if screenshot_url is not UNSET:
            field_dict["screenshot_url"] = screenshot_url
        if atlas_url is not UNSET:
            field_dict["atlas_url"] = atlas_url
        if title is not UNSET:
            field_dict["title"] = title
        if kind is not UNSET:
            field_dict["kind"] = kind

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        app_id = d.pop("app_id")

        node_id = d.pop("node_id")

        def _parse_build_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        build_id = _parse_build_id(d.pop("build_id", UNSET))

        def _parse_preview_entity_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        preview_entity_id = _parse_preview_entity_id(d.pop("preview_entity_id", UNSET))

        def _parse_screenshot_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        screenshot_url = _parse_screenshot_url(d.pop("screenshot_url", UNSET))

        def _parse_atlas_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        atlas_url = _parse_atlas_url(d.pop("atlas_url", UNSET))

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        def _parse_kind(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        kind = _parse_kind(d.pop("kind", UNSET))

        linear_atlas_context_request = cls(
            app_id=app_id,
            node_id=node_id,
            build_id=build_id,
            preview_entity_id=preview_entity_id,
            screenshot_url=screenshot_url,
            atlas_url=atlas_url,
            title=title,
            kind=kind,
        )

        linear_atlas_context_request.additional_properties = d
        return linear_atlas_context_request

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
