from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ResolveExpoProjectResponse")


@_attrs_define
class ResolveExpoProjectResponse:
    """
    Attributes:
        project_id (str):
        expo_project_resolved_at (datetime.datetime):
        expo_project_name (None | str | Unset):
        expo_project_slug (None | str | Unset):
        expo_account_name (None | str | Unset):
        expo_project_url (None | str | Unset):
    """

    project_id: str
    expo_project_resolved_at: datetime.datetime
    expo_project_name: None | str | Unset = UNSET
    expo_project_slug: None | str | Unset = UNSET
    expo_account_name: None | str | Unset = UNSET
    expo_project_url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        project_id = self.project_id

        expo_project_resolved_at = self.expo_project_resolved_at.isoformat()

        expo_project_name: None | str | Unset
        if isinstance(self.expo_project_name, Unset):
            expo_project_name = UNSET
        else:
            expo_project_name = self.expo_project_name

        expo_project_slug: None | str | Unset
        if isinstance(self.expo_project_slug, Unset):
            expo_project_slug = UNSET
        else:
            expo_project_slug = self.expo_project_slug

        expo_account_name: None | str | Unset
        if isinstance(self.expo_account_name, Unset):
            expo_account_name = UNSET
        else:
            expo_account_name = self.expo_account_name

        expo_project_url: None | str | Unset
        if isinstance(self.expo_project_url, Unset):
            expo_project_url = UNSET
        else:
            expo_project_url = self.expo_project_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "project_id": project_id,
                "expo_project_resolved_at": expo_project_resolved_at,
            }
        )
        if expo_project_name is not UNSET:
            field_dict["expo_project_name"] = expo_project_name
        if expo_project_slug is not UNSET:
            field_dict["expo_project_slug"] = expo_project_slug
        if expo_account_name is not UNSET:
            field_dict["expo_account_name"] = expo_account_name
        if expo_project_url is not UNSET:
            field_dict["expo_project_url"] = expo_project_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        project_id = d.pop("project_id")

        expo_project_resolved_at = datetime.datetime.fromisoformat(d.pop("expo_project_resolved_at"))

        def _parse_expo_project_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        expo_project_name = _parse_expo_project_name(d.pop("expo_project_name", UNSET))

        def _parse_expo_project_slug(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        expo_project_slug = _parse_expo_project_slug(d.pop("expo_project_slug", UNSET))

        def _parse_expo_account_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        expo_account_name = _parse_expo_account_name(d.pop("expo_account_name", UNSET))

        def _parse_expo_project_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        expo_project_url = _parse_expo_project_url(d.pop("expo_project_url", UNSET))

        resolve_expo_project_response = cls(
            project_id=project_id,
            expo_project_resolved_at=expo_project_resolved_at,
            expo_project_name=expo_project_name,
            expo_project_slug=expo_project_slug,
            expo_account_name=expo_account_name,
            expo_project_url=expo_project_url,
        )

        resolve_expo_project_response.additional_properties = d
        return resolve_expo_project_response

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
