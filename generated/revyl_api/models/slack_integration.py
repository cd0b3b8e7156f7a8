from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SlackIntegration")


@_attrs_define
class SlackIntegration:
    """Slack integration details for an organization.

    Attributes:
        id (UUID):
        org_id (UUID):
        workspace_id (str):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        workspace_name (None | str | Unset):
        bot_user_id (None | str | Unset):
        connected_by (None | Unset | UUID):
        connected_at (datetime.datetime | None | Unset):
        enabled (bool | Unset):  Default: True.
    """

    id: UUID
    org_id: UUID
    workspace_id: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    workspace_name: None | str | Unset = UNSET
    bot_user_id: None | str | Unset = UNSET
    connected_by: None | Unset | UUID = UNSET
    connected_at: datetime.datetime | None | Unset = UNSET
    enabled: bool | Unset = True
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        org_id = str(self.org_id)

        workspace_id = self.workspace_id

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        workspace_name: None | str | Unset
        if isinstance(self.workspace_name, Unset):
            workspace_name = UNSET
        else:
            workspace_name = self.workspace_name

        bot_user_id: None | str | Unset
        if isinstance(self.bot_user_id, Unset):
            bot_user_id = UNSET
        else:
            bot_user_id = self.bot_user_id

        connected_by: None | str | Unset
        if isinstance(self.connected_by, Unset):
            connected_by = UNSET
        elif isinstance(self.connected_by, UUID):
            connected_by = str(self.connected_by)
        else:
            connected_by = self.connected_by

        connected_at: None | str | Unset
        if isinstance(self.connected_at, Unset):
            connected_at = UNSET
        elif isinstance(self.connected_at, datetime.datetime):
            connected_at = self.connected_at.isoformat()
        else:
            connected_at = self.connected_at

        enabled = self.enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "org_id": org_id,
                "workspace_id": workspace_id,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if workspace_name is not UNSET:
            field_dict["workspace_name"] = workspace_name
        if bot_user_id is not UNSET:
            field_dict["bot_user_id"] = bot_user_id
        if connected_by is not UNSET:
            field_dict["connected_by"] = connected_by
        if connected_at is not UNSET:
            field_dict["connected_at"] = connected_at
        if enabled is not UNSET:
            field_dict["enabled"] = enabled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        org_id = UUID(d.pop("org_id"))

        workspace_id = d.pop("workspace_id")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        def _parse_workspace_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        workspace_name = _parse_workspace_name(d.pop("workspace_name", UNSET))

        def _parse_bot_user_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        bot_user_id = _parse_bot_user_id(d.pop("bot_user_id", UNSET))

        def _parse_connected_by(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                connected_by_type_0 = UUID(data)

                return connected_by_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        connected_by = _parse_connected_by(d.pop("connected_by", UNSET))

        def _parse_connected_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                connected_at_type_0 = datetime.datetime.fromisoformat(data)

                return connected_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        connected_at = _parse_connected_at(d.pop("connected_at", UNSET))

        enabled = d.pop("enabled", UNSET)

        slack_integration = cls(
            id=id,
            org_id=org_id,
            workspace_id=workspace_id,
            created_at=created_at,
            updated_at=updated_at,
            workspace_name=workspace_name,
            bot_user_id=bot_user_id,
            connected_by=connected_by,
            connected_at=connected_at,
            enabled=enabled,
        )

        slack_integration.additional_properties = d
        return slack_integration

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
