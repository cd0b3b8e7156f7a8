from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.atlas_explore_run_response import AtlasExploreRunResponse
    from ..models.exploration_run_report_child import ExplorationRunReportChild


T = TypeVar("T", bound="ExplorationRunReportResponse")


@_attrs_define
class ExplorationRunReportResponse:
    """
    Attributes:
        run (AtlasExploreRunResponse):
        app_name (None | str | Unset):
        app_platform (None | str | Unset):
        children (list[ExplorationRunReportChild] | Unset):
        total_children (int | Unset):  Default: 0.
        completed_children (int | Unset):  Default: 0.
        progress (float | Unset):  Default: 0.0.
    """

    run: AtlasExploreRunResponse
    app_name: None | str | Unset = UNSET
    app_platform: None | str | Unset = UNSET
    children: list[ExplorationRunReportChild] | Unset = UNSET
    total_children: int | Unset = 0
    completed_children: int | Unset = 0
    progress: float | Unset = 0.0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        run = self.run.to_dict()

        app_name: None | str | Unset
        if isinstance(self.app_name, Unset):
            app_name = UNSET
        else:
            app_name = self.app_name

        app_platform: None | str | Unset
        if isinstance(self.app_platform, Unset):
            app_platform = UNSET
        else:
            app_platform = self.app_platform

        children: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.children, Unset):
            children = []
            for children_item_data in self.children:
                children_item = children_item_data.to_dict()
                children.append(children_item)

        total_children = self.total_children

        completed_children = self.completed_children

        progress = self.progress

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "run": run,
            }
        )
        if app_name is not UNSET:
            field_dict["app_name"] = app_name
        if app_platform is not UNSET:
            field_dict["app_platform"] = app_platform
        if children is not UNSET:
            field_dict["children"] = children
        if total_children is not UNSET:
            field_dict["total_children"] = total_children
        if completed_children is not UNSET:
            field_dict["completed_children"] = completed_children
        if progress is not UNSET:
            field_dict["progress"] = progress

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.atlas_explore_run_response import AtlasExploreRunResponse  # noqa: PLC0415
        from ..models.exploration_run_report_child import ExplorationRunReportChild  # noqa: PLC0415

        d = dict(src_dict)
        run = AtlasExploreRunResponse.from_dict(d.pop("run"))

        def _parse_app_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        app_name = _parse_app_name(d.pop("app_name", UNSET))

        def _parse_app_platform(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        app_platform = _parse_app_platform(d.pop("app_platform", UNSET))

        _children = d.pop("children", UNSET)
        children: list[ExplorationRunReportChild] | Unset = UNSET
        if _children is not UNSET:
            children = []
            for children_item_data in _children:
                children_item = ExplorationRunReportChild.from_dict(children_item_data)

                children.append(children_item)

        total_children = d.pop("total_children", UNSET)

        completed_children = d.pop("completed_children", UNSET)

        progress = d.pop("progress", UNSET)

        exploration_run_report_response = cls(
            run=run,
            app_name=app_name,
            app_platform=app_platform,
            children=children,
            total_children=total_children,
            completed_children=completed_children,
            progress=progress,
        )

        exploration_run_report_response.additional_properties = d
        return exploration_run_report_response

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
