from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.slack_channel import SlackChannel


T = TypeVar("T", bound="SlackChannelsResponse")


@_attrs_define
class SlackChannelsResponse:
    """Response containing a single Slack channel resolved from a Slack
    channel link or ID.

        Attributes:
            channel (SlackChannel): A Slack channel that the bot can post to.
    """

    channel: SlackChannel
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        channel = self.channel.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "channel": channel,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.slack_channel import SlackChannel  # noqa: PLC0415

        d = dict(src_dict)
        channel = SlackChannel.from_dict(d.pop("channel"))

        slack_channels_response = cls(
            channel=channel,
        )

        slack_channels_response.additional_properties = d
        return slack_channels_response

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
