from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="HITLDecisionRecorded")


@_attrs_define
class HITLDecisionRecorded:
    """Response after recording decision

    Attributes:
        success (bool):
        approval_id (UUID):
        decision (str):
        final_result (bool):
    """

    success: bool
    approval_id: UUID
    decision: str
    final_result: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        approval_id = str(self.approval_id)

        decision = self.decision

        final_result = self.final_result

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "approval_id": approval_id,
                "decision": decision,
                "final_result": final_result,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        success = d.pop("success")

        approval_id = UUID(d.pop("approval_id"))

        decision = d.pop("decision")

        final_result = d.pop("final_result")

        hitl_decision_recorded = cls(
            success=success,
            approval_id=approval_id,
            decision=decision,
            final_result=final_result,
        )

        hitl_decision_recorded.additional_properties = d
        return hitl_decision_recorded

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
