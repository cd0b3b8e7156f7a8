from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.slack_notification_rule_with_workflows import SlackNotificationRuleWithWorkflows


T = TypeVar("T", bound="AddWorkflowToRuleResponse")


@_attrs_define
class AddWorkflowToRuleResponse:
    """Response after adding a workflow to a rule.

    Attributes:
        success (bool):
        rule (SlackNotificationRuleWithWorkflows): Notification rule with enriched workflow details.
    """

    success: bool
    rule: SlackNotificationRuleWithWorkflows
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        rule = self.rule.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "rule": rule,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.slack_notification_rule_with_workflows import SlackNotificationRuleWithWorkflows  # noqa: PLC0415

        d = dict(src_dict)
        success = d.pop("success")

        rule = SlackNotificationRuleWithWorkflows.from_dict(d.pop("rule"))

        add_workflow_to_rule_response = cls(
            success=success,
            rule=rule,
        )

        add_workflow_to_rule_response.additional_properties = d
        return add_workflow_to_rule_response

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
