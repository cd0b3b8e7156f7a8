from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.eval_request_enabled_judges import EvalRequestEnabledJudges


T = TypeVar("T", bound="EvalRequest")


@_attrs_define
class EvalRequest:
    """Request model for running an eval.

    Attributes:
        task_id (str):
        enabled_judges (EvalRequestEnabledJudges):
    """

    task_id: str
    enabled_judges: EvalRequestEnabledJudges
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        task_id = self.task_id

        enabled_judges = self.enabled_judges.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "task_id": task_id,
                "enabled_judges": enabled_judges,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.eval_request_enabled_judges import EvalRequestEnabledJudges  # noqa: PLC0415

        d = dict(src_dict)
        task_id = d.pop("task_id")

        enabled_judges = EvalRequestEnabledJudges.from_dict(d.pop("enabled_judges"))

        eval_request = cls(
            task_id=task_id,
            enabled_judges=enabled_judges,
        )

        eval_request.additional_properties = d
        return eval_request

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
