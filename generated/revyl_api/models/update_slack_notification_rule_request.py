from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateSlackNotificationRuleRequest")


@_attrs_define
class UpdateSlackNotificationRuleRequest:
    """Request to update an existing notification rule.

    Attributes:
        name (None | str | Unset):
        channel_id (None | str | Unset):
        channel_name (None | str | Unset):
        notify_on_start (bool | None | Unset):
        notify_on_failure (bool | None | Unset):
        notify_on_success (bool | None | Unset):
        notify_on_timeout (bool | None | Unset):
        notify_on_cancelled (bool | None | Unset):
        mention_preference (None | str | Unset):
        workflow_ids (list[UUID] | None | Unset):
        applies_to_all (bool | None | Unset):
        enabled (bool | None | Unset):
    """

    name: None | str | Unset = UNSET
    channel_id: None | str | Unset = UNSET
    channel_name: None | str | Unset = UNSET
    notify_on_start: bool | None | Unset = UNSET
    notify_on_failure: bool | None | Unset = UNSET
    notify_on_success: bool | None | Unset = UNSET
    notify_on_timeout: bool | None | Unset = UNSET
    notify_on_cancelled: bool | None | Unset = UNSET
    mention_preference: None | str | Unset = UNSET
    workflow_ids: list[UUID] | None | Unset = UNSET
    applies_to_all: bool | None | Unset = UNSET
    enabled: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        channel_id: None | str | Unset
        if isinstance(self.channel_id, Unset):
            channel_id = UNSET
        else:
            channel_id = self.channel_id

        channel_name: None | str | Unset
        if isinstance(self.channel_name, Unset):
            channel_name = UNSET
        else:
            channel_name = self.channel_name

        notify_on_start: bool | None | Unset
        if isinstance(self.notify_on_start, Unset):
            notify_on_start = UNSET
        else:
            notify_on_start = self.notify_on_start

        notify_on_failure: bool | None | Unset
        if isinstance(self.notify_on_failure, Unset):
            notify_on_failure = UNSET
        else:
            notify_on_failure = self.notify_on_failure

        notify_on_success: bool | None | Unset
        if isinstance(self.notify_on_success, Unset):
            notify_on_success = UNSET
        else:
            notify_on_success = self.notify_on_success

        notify_on_timeout: bool | None | Unset
        if isinstance(self.notify_on_timeout, Unset):
            notify_on_timeout = UNSET
        else:
            notify_on_timeout = self.notify_on_timeout

        notify_on_cancelled: bool | None | Unset
        if isinstance(self.notify_on_cancelled, Unset):
            notify_on_cancelled = UNSET
        else:
            notify_on_cancelled = self.notify_on_cancelled

        mention_preference: None | str | Unset
        if isinstance(self.mention_preference, Unset):
            mention_preference = UNSET
        else:
            mention_preference = self.mention_preference

        workflow_ids: list[str] | None | Unset
        if isinstance(self.workflow_ids, Unset):
            workflow_ids = UNSET
        elif isinstance(self.workflow_ids, list):
            workflow_ids = []
            for workflow_ids_type_0_item_data in self.workflow_ids:
                workflow_ids_type_0_item = str(workflow_ids_type_0_item_data)
                workflow_ids.append(workflow_ids_type_0_item)

        else:
            workflow_ids = self.workflow_ids

        applies_to_all: bool | None | Unset
        if isinstance(self.applies_to_all, Unset):
            applies_to_all = UNSET
        else:
            applies_to_all = self.applies_to_all

        enabled: bool | None | Unset
        if isinstance(self.enabled, Unset):
            enabled = UNSET
        else:
            enabled = self.enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if channel_id is not UNSET:
            field_dict["channel_id"] = channel_id
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

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_channel_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        channel_id = _parse_channel_id(d.pop("channel_id", UNSET))

        def _parse_channel_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        channel_name = _parse_channel_name(d.pop("channel_name", UNSET))

        def _parse_notify_on_start(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        notify_on_start = _parse_notify_on_start(d.pop("notify_on_start", UNSET))

        def _parse_notify_on_failure(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        notify_on_failure = _parse_notify_on_failure(d.pop("notify_on_failure", UNSET))

        def _parse_notify_on_success(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        notify_on_success = _parse_notify_on_success(d.pop("notify_on_success", UNSET))

        def _parse_notify_on_timeout(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        notify_on_timeout = _parse_notify_on_timeout(d.pop("notify_on_timeout", UNSET))

        def _parse_notify_on_cancelled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        notify_on_cancelled = _parse_notify_on_cancelled(d.pop("notify_on_cancelled", UNSET))

        def _parse_mention_preference(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        mention_preference = _parse_mention_preference(d.pop("mention_preference", UNSET))

        def _parse_workflow_ids(data: object) -> list[UUID] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                workflow_ids_type_0 = []
                _workflow_ids_type_0 = data
                for workflow_ids_type_0_item_data in _workflow_ids_type_0:
                    workflow_ids_type_0_item = UUID(workflow_ids_type_0_item_data)

                    workflow_ids_type_0.append(workflow_ids_type_0_item)

                return workflow_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[UUID] | None | Unset, data)

        workflow_ids = _parse_workflow_ids(d.pop("workflow_ids", UNSET))

        def _parse_applies_to_all(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        applies_to_all = _parse_applies_to_all(d.pop("applies_to_all", UNSET))

        def _parse_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        enabled = _parse_enabled(d.pop("enabled", UNSET))

        update_slack_notification_rule_request = cls(
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

        update_slack_notification_rule_request.additional_properties = d
        return update_slack_notification_rule_request

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
