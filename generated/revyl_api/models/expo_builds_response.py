from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.expo_build_item import ExpoBuildItem


T = TypeVar("T", bound="ExpoBuildsResponse")


@_attrs_define
class ExpoBuildsResponse:
    """
    Attributes:
        builds (list[ExpoBuildItem] | Unset):
        total_count (int | Unset):  Default: 0.
    """

    builds: list[ExpoBuildItem] | Unset = UNSET
    total_count: int | Unset = 0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        builds: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.builds, Unset):
            builds = []
            for builds_item_data in self.builds:
                builds_item = builds_item_data.to_dict()
                builds.append(builds_item)

        total_count = self.total_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if builds is not UNSET:
            field_dict["builds"] = builds
        if total_count is not UNSET:
            field_dict["total_count"] = total_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.expo_build_item import ExpoBuildItem  # noqa: PLC0415

        d = dict(src_dict)
        _builds = d.pop("builds", UNSET)
        builds: list[ExpoBuildItem] | Unset = UNSET
        if _builds is not UNSET:
            builds = []
            for builds_item_data in _builds:
                builds_item = ExpoBuildItem.from_dict(builds_item_data)

                builds.append(builds_item)

        total_count = d.pop("total_count", UNSET)

        expo_builds_response = cls(
            builds=builds,
            total_count=total_count,
        )

        expo_builds_response.additional_properties = d
        return expo_builds_response

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
