from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DeleteWorkflowShareableLinkResponse")


@_attrs_define
class DeleteWorkflowShareableLinkResponse:
    """
    Attributes:
        enabled (bool | Unset):  Default: False.
        child_links_revoked (int | None | Unset):
    """

    enabled: bool | Unset = False
    child_links_revoked: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enabled = self.enabled

        child_links_revoked: int | None | Unset
        if isinstance(self.child_links_revoked, Unset):
            child_links_revoked = UNSET
        else:
            child_links_revoked = self.child_links_revoked

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if child_links_revoked is not UNSET:
            field_dict["child_links_revoked"] = child_links_revoked

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        enabled = d.pop("enabled", UNSET)

        def _parse_child_links_revoked(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        child_links_revoked = _parse_child_links_revoked(d.pop("child_links_revoked", UNSET))

        delete_workflow_shareable_link_response = cls(
            enabled=enabled,
            child_links_revoked=child_links_revoked,
        )

        delete_workflow_shareable_link_response.additional_properties = d
        return delete_workflow_shareable_link_response

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
