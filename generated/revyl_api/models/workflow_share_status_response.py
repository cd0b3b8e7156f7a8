from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkflowShareStatusResponse")


@_attrs_define
class WorkflowShareStatusResponse:
    """
    Attributes:
        enabled (bool):
        shareable_link (None | str | Unset):
        expires_at (None | str | Unset):
        child_tests_shared (int | Unset):  Default: 0.
        child_tests_total (int | Unset):  Default: 0.
    """

    enabled: bool
    shareable_link: None | str | Unset = UNSET
    expires_at: None | str | Unset = UNSET
    child_tests_shared: int | Unset = 0
    child_tests_total: int | Unset = 0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enabled = self.enabled

        shareable_link: None | str | Unset
        if isinstance(self.shareable_link, Unset):
            shareable_link = UNSET
        else:
            shareable_link = self.shareable_link

        expires_at: None | str | Unset
        if isinstance(self.expires_at, Unset):
            expires_at = UNSET
        else:
            expires_at = self.expires_at

        child_tests_shared = self.child_tests_shared

        child_tests_total = self.child_tests_total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "enabled": enabled,
            }
        )
        if shareable_link is not UNSET:
            field_dict["shareable_link"] = shareable_link
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at
        if child_tests_shared is not UNSET:
            field_dict["child_tests_shared"] = child_tests_shared
        if child_tests_total is not UNSET:
            field_dict["child_tests_total"] = child_tests_total

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        enabled = d.pop("enabled")

        def _parse_shareable_link(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        shareable_link = _parse_shareable_link(d.pop("shareable_link", UNSET))

        def _parse_expires_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        expires_at = _parse_expires_at(d.pop("expires_at", UNSET))

        child_tests_shared = d.pop("child_tests_shared", UNSET)

        child_tests_total = d.pop("child_tests_total", UNSET)

        workflow_share_status_response = cls(
            enabled=enabled,
            shareable_link=shareable_link,
            expires_at=expires_at,
            child_tests_shared=child_tests_shared,
            child_tests_total=child_tests_total,
        )

        workflow_share_status_response.additional_properties = d
        return workflow_share_status_response

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
