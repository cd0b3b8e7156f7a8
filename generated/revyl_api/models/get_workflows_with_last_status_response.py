from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.workflow_with_last_status import WorkflowWithLastStatus


T = TypeVar("T", bound="GetWorkflowsWithLastStatusResponse")


@_attrs_define
class GetWorkflowsWithLastStatusResponse:
    """
    Attributes:
        data (list[WorkflowWithLastStatus]): List of workflows with last execution status
        count (int): Number of workflows in this page
        total_count (int | Unset): Total number of workflows across all pages Default: 0.
        offset (int | Unset): Offset used for this page Default: 0.
        limit (int | Unset): Limit used for this page Default: 100.
        has_more (bool | Unset): Whether more workflows exist beyond this page Default: False.
        total_workflows_wow (float | None | Unset): Week-over-week percentage change in total workflows (positive =
            increase)
        passing_workflows_wow (float | None | Unset): Week-over-week percentage change in passing workflows (positive =
            increase)
        failing_workflows_wow (float | None | Unset): Week-over-week percentage change in failing workflows (positive =
            increase)
        not_run_workflows_wow (float | None | Unset): Week-over-week percentage change in not run workflows (positive =
            increase)
    """

    data: list[WorkflowWithLastStatus]
    count: int
    total_count: int | Unset = 0
    offset: int | Unset = 0
    limit: int | Unset = 100
    has_more: bool | Unset = False
    total_workflows_wow: float | None | Unset = UNSET
    passing_workflows_wow: float | None | Unset = UNSET
    failing_workflows_wow: float | None | Unset = UNSET
    not_run_workflows_wow: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        count = self.count

        total_count = self.total_count

        offset = self.offset

        limit = self.limit

        has_more = self.has_more

        total_workflows_wow: float | None | Unset
        if isinstance(self.total_workflows_wow, Unset):
            total_workflows_wow = UNSET
        else:
            total_workflows_wow = self.total_workflows_wow

        passing_workflows_wow: float | None | Unset
        if isinstance(self.passing_workflows_wow, Unset):
            passing_workflows_wow = UNSET
        else:
            passing_workflows_wow = self.passing_workflows_wow

        failing_workflows_wow: float | None | Unset
        if isinstance(self.failing_workflows_wow, Unset):
            failing_workflows_wow = UNSET
        else:
            failing_workflows_wow = self.failing_workflows_wow

        not_run_workflows_wow: float | None | Unset
        if isinstance(self.not_run_workflows_wow, Unset):
            not_run_workflows_wow = UNSET
        else:
            not_run_workflows_wow = self.not_run_workflows_wow

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
                "count": count,
            }
        )
        if total_count is not UNSET:
            field_dict["total_count"] = total_count
        if offset is not UNSET:
            field_dict["offset"] = offset
        if limit is not UNSET:
            field_dict["limit"] = limit
        if has_more is not UNSET:
            field_dict["has_more"] = has_more
        if total_workflows_wow is not UNSET:
            field_dict["total_workflows_wow"] = total_workflows_wow
        if passing_workflows_wow is not UNSET:
            field_dict["passing_workflows_wow"] = passing_workflows_wow
        if failing_workflows_wow is not UNSET:
            field_dict["failing_workflows_wow"] = failing_workflows_wow
        if not_run_workflows_wow is not UNSET:
            field_dict["not_run_workflows_wow"] = not_run_workflows_wow

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.workflow_with_last_status import WorkflowWithLastStatus  # noqa: PLC0415

        d = dict(src_dict)
        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = WorkflowWithLastStatus.from_dict(data_item_data)

            data.append(data_item)

        count = d.pop("count")

        total_count = d.pop("total_count", UNSET)

        offset = d.pop("offset", UNSET)

        limit = d.pop("limit", UNSET)

        has_more = d.pop("has_more", UNSET)

        def _parse_total_workflows_wow(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        total_workflows_wow = _parse_total_workflows_wow(d.pop("total_workflows_wow", UNSET))

        def _parse_passing_workflows_wow(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        passing_workflows_wow = _parse_passing_workflows_wow(d.pop("passing_workflows_wow", UNSET))

        def _parse_failing_workflows_wow(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        failing_workflows_wow = _parse_failing_workflows_wow(d.pop("failing_workflows_wow", UNSET))

        def _parse_not_run_workflows_wow(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        not_run_workflows_wow = _parse_not_run_workflows_wow(d.pop("not_run_workflows_wow", UNSET))

        get_workflows_with_last_status_response = cls(
            data=data,
            count=count,
            total_count=total_count,
            offset=offset,
            limit=limit,
            has_more=has_more,
            total_workflows_wow=total_workflows_wow,
            passing_workflows_wow=passing_workflows_wow,
            failing_workflows_wow=failing_workflows_wow,
            not_run_workflows_wow=not_run_workflows_wow,
        )

        get_workflows_with_last_status_response.additional_properties = d
        return get_workflows_with_last_status_response

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
