from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LinearSettingsRequest")


@_attrs_define
class LinearSettingsRequest:
    """
    Attributes:
        default_team_id (str):
        default_team_name (None | str | Unset):
        default_project_id (None | str | Unset):
        default_project_name (None | str | Unset):
        default_label_ids (list[str] | Unset):
    """

    default_team_id: str
    default_team_name: None | str | Unset = UNSET
    default_project_id: None | str | Unset = UNSET
    default_project_name: None | str | Unset = UNSET
    default_label_ids: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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
                "default_team_id": default_team_id,
            }
        )
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
        default_team_id = d.pop("default_team_id")

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

        linear_settings_request = cls(
            default_team_id=default_team_id,
            default_team_name=default_team_name,
            default_project_id=default_project_id,
            default_project_name=default_project_name,
            default_label_ids=default_label_ids,
        )

        linear_settings_request.additional_properties = d
        return linear_settings_request

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
