from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.simple_test_tag_item import SimpleTestTagItem


T = TypeVar("T", bound="SimpleTestItem")


@_attrs_define
class SimpleTestItem:
    """Simple test item with essential fields for dropdowns/lists.

    Attributes:
        id: Test UUID.
        name: Human-readable test name.
        platform: Target platform (e.g. "android", "ios").
        app_id: Optional associated app UUID.
        app_name: Optional resolved app name (empty when no app is linked).
        tags: Tags attached to this test.

        Attributes:
            id (str):
            name (str):
            platform (str):
            app_id (None | str | Unset):
            app_name (None | str | Unset):
            tags (list[SimpleTestTagItem] | Unset):
    """

    id: str
    name: str
    platform: str
    app_id: None | str | Unset = UNSET
    app_name: None | str | Unset = UNSET
    tags: list[SimpleTestTagItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        platform = self.platform

        app_id: None | str | Unset
        if isinstance(self.app_id, Unset):
            app_id = UNSET
        else:
            app_id = self.app_id

        app_name: None | str | Unset
        if isinstance(self.app_name, Unset):
            app_name = UNSET
        else:
            app_name = self.app_name

        tags: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = []
            for tags_item_data in self.tags:
                tags_item = tags_item_data.to_dict()
                tags.append(tags_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "platform": platform,
            }
        )
        if app_id is not UNSET:
            field_dict["app_id"] = app_id
        if app_name is not UNSET:
            field_dict["app_name"] = app_name
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.simple_test_tag_item import SimpleTestTagItem  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        platform = d.pop("platform")

        def _parse_app_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        app_id = _parse_app_id(d.pop("app_id", UNSET))

        def _parse_app_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        app_name = _parse_app_name(d.pop("app_name", UNSET))

        _tags = d.pop("tags", UNSET)
        tags: list[SimpleTestTagItem] | Unset = UNSET
        if _tags is not UNSET:
            tags = []
            for tags_item_data in _tags:
                tags_item = SimpleTestTagItem.from_dict(tags_item_data)

                tags.append(tags_item)

        simple_test_item = cls(
            id=id,
            name=name,
            platform=platform,
            app_id=app_id,
            app_name=app_name,
            tags=tags,
        )

        simple_test_item.additional_properties = d
        return simple_test_item

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
