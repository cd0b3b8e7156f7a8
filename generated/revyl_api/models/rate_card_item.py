from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="RateCardItem")


@_attrs_define
class RateCardItem:
    """
    Attributes:
        platform (str):
        device_type (str):
        rate_per_second (float):
        rate_per_minute (float):
        autumn_feature_id (str):
    """

    platform: str
    device_type: str
    rate_per_second: float
    rate_per_minute: float
    autumn_feature_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        platform = self.platform

        device_type = self.device_type

        rate_per_second = self.rate_per_second

        rate_per_minute = self.rate_per_minute

        autumn_feature_id = self.autumn_feature_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "platform": platform,
                "device_type": device_type,
                "rate_per_second": rate_per_second,
                "rate_per_minute": rate_per_minute,
                "autumn_feature_id": autumn_feature_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        platform = d.pop("platform")

        device_type = d.pop("device_type")

        rate_per_second = d.pop("rate_per_second")

        rate_per_minute = d.pop("rate_per_minute")

        autumn_feature_id = d.pop("autumn_feature_id")

        rate_card_item = cls(
            platform=platform,
            device_type=device_type,
            rate_per_second=rate_per_second,
            rate_per_minute=rate_per_minute,
            autumn_feature_id=autumn_feature_id,
        )

        rate_card_item.additional_properties = d
        return rate_card_item

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
