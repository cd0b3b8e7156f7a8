from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.hitl_approval_decision_decision import HITLApprovalDecisionDecision, check_hitl_approval_decision_decision
from ..types import UNSET, Unset

T = TypeVar("T", bound="HITLApprovalDecision")


@_attrs_define
class HITLApprovalDecision:
    """Request to record approval decision

    Attributes:
        approval_id (UUID):
        decision (HITLApprovalDecisionDecision):
        comments (None | str | Unset):
    """

    approval_id: UUID
    decision: HITLApprovalDecisionDecision
    comments: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        approval_id = str(self.approval_id)

        decision: str = self.decision

        comments: None | str | Unset
        if isinstance(self.comments, Unset):
            comments = UNSET
        else:
            comments = self.comments

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "approval_id": approval_id,
                "decision": decision,
            }
        )
        if comments is not UNSET:
            field_dict["comments"] = comments

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        approval_id = UUID(d.pop("approval_id"))

        decision = check_hitl_approval_decision_decision(d.pop("decision"))

        def _parse_comments(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        comments = _parse_comments(d.pop("comments", UNSET))

        hitl_approval_decision = cls(
            approval_id=approval_id,
            decision=decision,
            comments=comments,
        )

        hitl_approval_decision.additional_properties = d
        return hitl_approval_decision

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
