from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.notification_rule_workflow import NotificationRuleWorkflow


T = TypeVar("T", bound="SlackNotificationRuleWithWorkflows")


@_attrs_define
class SlackNotificationRuleWithWorkflows:
    """Notification rule with enriched workflow details.

    Attributes:
        id (UUID):
        org_id (UUID):
        slack_integration_id (UUID):
        name (str):
        channel_id (str):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        channel_name (None | str | Unset):
        notify_on_start (bool | Unset):  Default: False.
        notify_on_failure (bool | Unset):  Default: True.
        notify_on_success (bool | Unset):  Default: False.
        notify_on_timeout (bool | Unset):  Default: True.
        notify_on_cancelled (bool | Unset):  Default: False.
        mention_preference (None | str | Unset):
        workflow_ids (list[UUID] | Unset):
        applies_to_all (bool | Unset):  Default: False.
        enabled (bool | Unset):  Default: True.
        workflows (list[NotificationRuleWorkflow] | Unset):
    """

    id: UUID
    org_id: UUID
    slack_integration_id: UUID
    name: str
    channel_id: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    channel_name: None | str | Unset = UNSET
    notify_on_start: bool | Unset = False
    notify_on_failure: bool | Unset = True
    notify_on_success: bool | Unset = False
    notify_on_timeout: bool | Unset = True
    notify_on_cancelled: bool | Unset = False
    mention_preference: None | str | Unset = UNSET
    workflow_ids: list[UUID] | Unset = UNSET
    applies_to_all: bool | Unset = False
    enabled: bool | Unset = True
    workflows: list[NotificationRuleWorkflow] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        org_id = str(self.org_id)

        slack_integration_id = str(self.slack_integration_id)

        name = self.name

        channel_id = self.channel_id

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        channel_name: None | str | Unset
        if isinstance(self.channel_name, Unset):
            channel_name = UNSET
        else:
            channel_name = self.channel_name

        notify_on_start = self.notify_on_start

        notify_on_failure = self.notify_on_failure

        notify_on_success = self.notify_on_success

        notify_on_timeout = self.notify_on_timeout

        notify_on_cancelled = self.notify_on_cancelled

        mention_preference: None | str | Unset
        if isinstance(self.mention_preference, Unset):
            mention_preference = UNSET
        else:
            mention_preference = self.mention_preference

        workflow_ids: list[str] | Unset = UNSET
        if not isinstance(self.workflow_ids, Unset):
            workflow_ids = []
            for workflow_ids_item_data in self.workflow_ids:
                workflow_ids_item = str(workflow_ids_item_data)
                workflow_ids.append(workflow_ids_item)

        applies_to_all = self.applies_to_all

        enabled = self.enabled

        workflows: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.workflows, Unset):
            workflows = []
            for workflows_item_data in self.workflows:
                workflows_item = workflows_item_data.to_dict()
                workflows.append(workflows_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "org_id": org_id,
                "slack_integration_id": slack_integration_id,
                "name": name,
                "channel_id": channel_id,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if channel_name is not UNSET:
            field_dict["channel_name"] = channel_name
        if notify_on_start is not UNSET:
            field_dict["notify_on_start"] = notify_on_start
        if notify_on_failure is not UNSET:
            field_dict["notify_on_failure"] = notify_on_failure
        if notify_on_success is not UNSET:
            field_dict["notify_on_success"] = notify_on_success
        if notify_on_timeout is not UNSET:
            field_dict["notify_on_timeout"] = notify_on_timeout
        if notify_on_cancelled is not UNSET:
            field_dict["notify_on_cancelled"] = notify_on_cancelled
        if mention_preference is not UNSET:
            field_dict["mention_preference"] = mention_preference
        if workflow_ids is not UNSET:
            field_dict["workflow_ids"] = workflow_ids
        if applies_to_all is not UNSET:
            field_dict["applies_to_all"] = applies_to_all
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if workflows is not UNSET:
            field_dict["workflows"] = workflows

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.notification_rule_workflow import NotificationRuleWorkflow  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        org_id = UUID(d.pop("org_id"))

        slack_integration_id = UUID(d.pop("slack_integration_id"))

        name = d.pop("name")

        channel_id = d.pop("channel_id")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        def _parse_channel_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        channel_name = _parse_channel_name(d.pop("channel_name", UNSET))

        notify_on_start = d.pop("notify_on_start", UNSET)

        notify_on_failure = d.pop("notify_on_failure", UNSET)

        notify_on_success = d.pop("notify_on_success", UNSET)

        notify_on_timeout = d.pop("notify_on_timeout", UNSET)

        notify_on_cancelled = d.pop("notify_on_cancelled", UNSET)

        def _parse_mention_preference(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        mention_preference = _parse_mention_preference(d.pop("mention_preference", UNSET))

        _workflow_ids = d.pop("workflow_ids", UNSET)
        workflow_ids: list[UUID] | Unset = UNSET
        if _workflow_ids is not UNSET:
            workflow_ids = []
            for workflow_ids_item_data in _workflow_ids:
                workflow_ids_item = UUID(workflow_ids_item_data)

                workflow_ids.append(workflow_ids_item)

        applies_to_all = d.pop("applies_to_all", UNSET)

        enabled = d.pop("enabled", UNSET)

        _workflows = d.pop("workflows", UNSET)
        workflows: list[NotificationRuleWorkflow] | Unset = UNSET
        if _workflows is not UNSET:
            workflows = []
            for workflows_item_data in _workflows:
                workflows_item = NotificationRuleWorkflow.from_dict(workflows_item_data)

                workflows.append(workflows_item)

        slack_notification_rule_with_workflows = cls(
            id=id,
            org_id=org_id,
            slack_integration_id=slack_integration_id,
            name=name,
            channel_id=channel_id,
            created_at=created_at,
            updated_at=updated_at,
            channel_name=channel_name,
            notify_on_start=notify_on_start,
            notify_on_failure=notify_on_failure,
            notify_on_success=notify_on_success,
            notify_on_timeout=notify_on_timeout,
            notify_on_cancelled=notify_on_cancelled,
            mention_preference=mention_preference,
            workflow_ids=workflow_ids,
            applies_to_all=applies_to_all,
            enabled=enabled,
            workflows=workflows,
        )

        slack_notification_rule_with_workflows.additional_properties = d
        return slack_notification_rule_with_workflows

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
