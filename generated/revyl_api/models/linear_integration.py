from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LinearIntegration")


@_attrs_define
class LinearIntegration:
    """
    Attributes:
        id (str):
        org_id (str):
        workspace_id (None | str | Unset):
        workspace_name (None | str | Unset):
        connected_by (None | str | Unset):
        connected_at (datetime.datetime | None | Unset):
        enabled (bool | Unset):  Default: True.
        default_team_id (None | str | Unset):
        default_team_name (None | str | Unset):
        default_project_id (None | str | Unset):
        default_project_name (None | str | Unset):
        default_label_ids (list[str] | Unset):
    """

    id: str
    org_id: str
    workspace_id: None | str | Unset = UNSET
    workspace_name: None | str | Unset = UNSET
    connected_by: None | str | Unset = UNSET
    connected_at: datetime.datetime | None | Unset = UNSET
    enabled: bool | Unset = True
    default_team_id: None | str | Unset = UNSET
    default_team_name: None | str | Unset = UNSET
    default_project_id: None | str | Unset = UNSET
    default_project_name: None | str | Unset = UNSET
    default_label_ids: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        org_id = self.org_id

        workspace_id: None | str | Unset
        if isinstance(self.workspace_id, Unset):
            workspace_id = UNSET
        else:
            workspace_id = self.workspace_id

        workspace_name: None | str | Unset
        if isinstance(self.workspace_name, Unset):
            workspace_name = UNSET
        else:
            workspace_name = self.workspace_name

        connected_by: None | str | Unset
        if isinstance(self.connected_by, Unset):
            connected_by = UNSET
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

        default_team_id: None | str | Unset
        if isinstance(self.default_team_id, Unset):
            default_team_id = UNSET
        else:
            default_team_id = self.default_team_id

        default_team_name: None | str | Unset
        if isinstance(self.default_team_name, Unset):
            default_team_name = UNSET
        else:
            default_team_name = self.default_team_name

        default_project_id: None | str | Unset
        if isinstance(self.default_project_id, Unset):
            default_project_id = UNSET
        else:
            default_project_id = self.default_project_id

        default_project_name: None | str | Unset
        if isinstance(self.default_project_name, Unset):
            default_project_name = UNSET
        else:
            default_project_name = self.default_project_name

        default_label_ids: list[str] | Unset = UNSET
        if not isinstance(self.default_label_ids, Unset):
            default_label_ids = self.default_label_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "org_id": org_id,
            }
        )
        if workspace_id is not UNSET:
            field_dict["workspace_id"] = workspace_id
        if workspace_name is not UNSET:
            field_dict["workspace_name"] = workspace_name
        if connected_by is not UNSET:
            field_dict["connected_by"] = connected_by
        if connected_at is not UNSET:
            field_dict["connected_at"] = connected_at
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if default_team_id is not UNSET:
            field_dict["default_team_id"] = default_team_id
        if default_team_name is not UNSET:
            field_dict["default_team_name"] = default_team_name
        if default_project_id is not UNSET:
            field_dict["default_project_id"] = default_project_id
        if default_project_name is not UNSET:
            field_dict["default_project_name"] = default_project_name
        if default_label_ids is not UNSET:
            field_dict["default_label_ids"] = default_label_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        org_id = d.pop("org_id")

        def _parse_workspace_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        workspace_id = _parse_workspace_id(d.pop("workspace_id", UNSET))

        def _parse_workspace_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        workspace_name = _parse_workspace_name(d.pop("workspace_name", UNSET))

        def _parse_connected_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

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

        def _parse_default_team_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        default_team_id = _parse_default_team_id(d.pop("default_team_id", UNSET))

        def _parse_default_team_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        default_team_name = _parse_default_team_name(d.pop("default_team_name", UNSET))

        def _parse_default_project_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        default_project_id = _parse_default_project_id(d.pop("default_project_id", UNSET))

        def _parse_default_project_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        default_project_name = _parse_default_project_name(d.pop("default_project_name", UNSET))

        default_label_ids = cast(list[str], d.pop("default_label_ids", UNSET))

        linear_integration = cls(
            id=id,
            org_id=org_id,
            workspace_id=workspace_id,
            workspace_name=workspace_name,
            connected_by=connected_by,
            connected_at=connected_at,
            enabled=enabled,
            default_team_id=default_team_id,
            default_team_name=default_team_name,
            default_project_id=default_project_id,
            default_project_name=default_project_name,
            default_label_ids=default_label_ids,
        )

        linear_integration.additional_properties = d
        return linear_integration

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
