from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GenerateWorkflowShareableLinkResponse")


@_attrs_define
class GenerateWorkflowShareableLinkResponse:
    """
    Attributes:
        shareable_link (str):
        child_links_created (int | None | Unset):
    """

    shareable_link: str
    child_links_created: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        shareable_link = self.shareable_link

        child_links_created: int | None | Unset
        if isinstance(self.child_links_created, Unset):
            child_links_created = UNSET
        else:
            child_links_created = self.child_links_created

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "shareable_link": shareable_link,
            }
        )
        if child_links_created is not UNSET:
            field_dict["child_links_created"] = child_links_created

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        shareable_link = d.pop("shareable_link")

        def _parse_child_links_created(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        child_links_created = _parse_child_links_created(d.pop("child_links_created", UNSET))

        generate_workflow_shareable_link_response = cls(
            shareable_link=shareable_link,
            child_links_created=child_links_created,
        )

        generate_workflow_shareable_link_response.additional_properties = d
        return generate_workflow_shareable_link_response

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
