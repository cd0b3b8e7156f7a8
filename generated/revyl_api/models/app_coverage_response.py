from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.app_coverage_item import AppCoverageItem


T = TypeVar("T", bound="AppCoverageResponse")


@_attrs_define
class AppCoverageResponse:
    """
    Attributes:
        app_id (str):
        current_build_version (None | str | Unset):
        latest_build_version (None | str | Unset):
        total (int | Unset):  Default: 0.
        items (list[AppCoverageItem] | Unset):
    """

    app_id: str
    current_build_version: None | str | Unset = UNSET
    latest_build_version: None | str | Unset = UNSET
    total: int | Unset = 0
    items: list[AppCoverageItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        app_id = self.app_id

        current_build_version: None | str | Unset
        if isinstance(self.current_build_version, Unset):
            current_build_version = UNSET
        else:
            current_build_version = self.current_build_version

        latest_build_version: None | str | Unset
        if isinstance(self.latest_build_version, Unset):
            latest_build_version = UNSET
        else:
            latest_build_version = self.latest_build_version

        total = self.total

        items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = []
            for items_item_data in self.items:
                items_item = items_item_data.to_dict()
                items.append(items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "app_id": app_id,
            }
        )
        if current_build_version is not UNSET:
            field_dict["current_build_version"] = current_build_version
        if latest_build_version is not UNSET:
            field_dict["latest_build_version"] = latest_build_version
        if total is not UNSET:
            field_dict["total"] = total
        if items is not UNSET:
            field_dict["items"] = items

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.app_coverage_item import AppCoverageItem  # noqa: PLC0415

        d = dict(src_dict)
        app_id = d.pop("app_id")

        def _parse_current_build_version(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        current_build_version = _parse_current_build_version(d.pop("current_build_version", UNSET))

        def _parse_latest_build_version(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        latest_build_version = _parse_latest_build_version(d.pop("latest_build_version", UNSET))

        total = d.pop("total", UNSET)

        _items = d.pop("items", UNSET)
        items: list[AppCoverageItem] | Unset = UNSET
        if _items is not UNSET:
            items = []
            for items_item_data in _items:
                items_item = AppCoverageItem.from_dict(items_item_data)

                items.append(items_item)

        app_coverage_response = cls(
            app_id=app_id,
            current_build_version=current_build_version,
            latest_build_version=latest_build_version,
            total=total,
            items=items,
        )

        app_coverage_response.additional_properties = d
        return app_coverage_response

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
