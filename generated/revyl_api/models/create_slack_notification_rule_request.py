from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateSlackNotificationRuleRequest")


@_attrs_define
class CreateSlackNotificationRuleRequest:
    """Request to create a new notification rule.

    Attributes:
        name (str):
        channel_id (str):
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
    """

    name: str
    channel_id: str
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        channel_id = self.channel_id

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "channel_id": channel_id,
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        channel_id = d.pop("channel_id")

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

        create_slack_notification_rule_request = cls(
            name=name,
            channel_id=channel_id,
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
        )

        create_slack_notification_rule_request.additional_properties = d
        return create_slack_notification_rule_request

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
