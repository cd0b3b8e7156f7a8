from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.remote_build_summary import RemoteBuildSummary


T = TypeVar("T", bound="RemoteBuildListResponse")


@_attrs_define
class RemoteBuildListResponse:
    """Response listing remote build jobs for an app, newest first.

    Attributes:
        app_id: UUID of the app the builds belong to.
        builds: Build job summaries ordered by creation time (newest first).
        active_count: Number of builds in the list still queued or running.

        Attributes:
            app_id (str):
            builds (list[RemoteBuildSummary] | Unset):
            active_count (int | Unset):  Default: 0.
    """

    app_id: str
    builds: list[RemoteBuildSummary] | Unset = UNSET
    active_count: int | Unset = 0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        app_id = self.app_id

        builds: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.builds, Unset):
            builds = []
            for builds_item_data in self.builds:
                builds_item = builds_item_data.to_dict()
                builds.append(builds_item)

        active_count = self.active_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "app_id": app_id,
            }
        )
        if builds is not UNSET:
            field_dict["builds"] = builds
        if active_count is not UNSET:
            field_dict["active_count"] = active_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.remote_build_summary import RemoteBuildSummary  # noqa: PLC0415

        d = dict(src_dict)
        app_id = d.pop("app_id")

        _builds = d.pop("builds", UNSET)
        builds: list[RemoteBuildSummary] | Unset = UNSET
        if _builds is not UNSET:
            builds = []
            for builds_item_data in _builds:
                builds_item = RemoteBuildSummary.from_dict(builds_item_data)

                builds.append(builds_item)

        active_count = d.pop("active_count", UNSET)

        remote_build_list_response = cls(
            app_id=app_id,
            builds=builds,
            active_count=active_count,
        )

        remote_build_list_response.additional_properties = d
        return remote_build_list_response

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
