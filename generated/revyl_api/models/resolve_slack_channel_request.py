from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ResolveSlackChannelRequest")


@_attrs_define
class ResolveSlackChannelRequest:
    """Request to resolve a Slack channel by free-form input.

    Accepts any of:
    - A Slack channel URL (e.g. "https://foo.slack.com/archives/C0123ABCD")
    - A bare channel ID (e.g. "C0123ABCD")

        Attributes:
            input_ (str):
    """

    input_: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        input_ = self.input_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "input": input_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        input_ = d.pop("input")

        resolve_slack_channel_request = cls(
            input_=input_,
        )

        resolve_slack_channel_request.additional_properties = d
        return resolve_slack_channel_request

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
