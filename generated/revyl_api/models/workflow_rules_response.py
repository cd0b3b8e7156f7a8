from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.slack_notification_rule_with_workflows import SlackNotificationRuleWithWorkflows


T = TypeVar("T", bound="WorkflowRulesResponse")


@_attrs_define
class WorkflowRulesResponse:
    """Response containing rules for a specific workflow.

    Attributes:
        workflow_id (UUID):
        rules (list[SlackNotificationRuleWithWorkflows]):
    """

    workflow_id: UUID
    rules: list[SlackNotificationRuleWithWorkflows]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        workflow_id = str(self.workflow_id)

        rules = []
        for rules_item_data in self.rules:
            rules_item = rules_item_data.to_dict()
            rules.append(rules_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "workflow_id": workflow_id,
                "rules": rules,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.slack_notification_rule_with_workflows import SlackNotificationRuleWithWorkflows  # noqa: PLC0415

        d = dict(src_dict)
        workflow_id = UUID(d.pop("workflow_id"))

        rules = []
        _rules = d.pop("rules")
        for rules_item_data in _rules:
            rules_item = SlackNotificationRuleWithWorkflows.from_dict(rules_item_data)

            rules.append(rules_item)

        workflow_rules_response = cls(
            workflow_id=workflow_id,
            rules=rules,
        )

        workflow_rules_response.additional_properties = d
        return workflow_rules_response

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
