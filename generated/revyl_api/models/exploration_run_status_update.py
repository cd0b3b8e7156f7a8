from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.exploration_run_status_update_execution_status import (
    ExplorationRunStatusUpdateExecutionStatus,
    check_exploration_run_status_update_execution_status,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.exploration_run_status_update_summary import ExplorationRunStatusUpdateSummary


T = TypeVar("T", bound="ExplorationRunStatusUpdate")


@_attrs_define
class ExplorationRunStatusUpdate:
    """
    Attributes:
        execution_status (ExplorationRunStatusUpdateExecutionStatus):
        summary (ExplorationRunStatusUpdateSummary | Unset):
    """

    execution_status: ExplorationRunStatusUpdateExecutionStatus
    summary: ExplorationRunStatusUpdateSummary | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        execution_status: str = self.execution_status

        summary: dict[str, Any] | Unset = UNSET
        if not isinstance(self.summary, Unset):
            summary = self.summary.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "execution_status": execution_status,
            }
        )
        if summary is not UNSET:
            field_dict["summary"] = summary

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.exploration_run_status_update_summary import ExplorationRunStatusUpdateSummary  # noqa: PLC0415

        d = dict(src_dict)
        execution_status = check_exploration_run_status_update_execution_status(d.pop("execution_status"))

        _summary = d.pop("summary", UNSET)
        summary: ExplorationRunStatusUpdateSummary | Unset
        if isinstance(_summary, Unset):
            summary = UNSET
        else:
            summary = ExplorationRunStatusUpdateSummary.from_dict(_summary)

        exploration_run_status_update = cls(
            execution_status=execution_status,
            summary=summary,
        )

        exploration_run_status_update.additional_properties = d
        return exploration_run_status_update

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
