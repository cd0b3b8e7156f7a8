from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreditsBalanceItem")


@_attrs_define
class CreditsBalanceItem:
    """
    Attributes:
        feature_id (str):
        feature_name (str):
        balance (int | None | Unset):
        usage (int | Unset):  Default: 0.
        granted (int | Unset):  Default: 0.
    """

    feature_id: str
    feature_name: str
    balance: int | None | Unset = UNSET
    usage: int | Unset = 0
    granted: int | Unset = 0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        feature_id = self.feature_id

        feature_name = self.feature_name

        balance: int | None | Unset
        if isinstance(self.balance, Unset):
            balance = UNSET
        else:
            balance = self.balance

        usage = self.usage

        granted = self.granted

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "feature_id": feature_id,
                "feature_name": feature_name,
            }
        )
        if balance is not UNSET:
            field_dict["balance"] = balance
        if usage is not UNSET:
            field_dict["usage"] = usage
        if granted is not UNSET:
            field_dict["granted"] = granted

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        feature_id = d.pop("feature_id")

        feature_name = d.pop("feature_name")

        def _parse_balance(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        balance = _parse_balance(d.pop("balance", UNSET))

        usage = d.pop("usage", UNSET)

        granted = d.pop("granted", UNSET)

        credits_balance_item = cls(
            feature_id=feature_id,
            feature_name=feature_name,
            balance=balance,
            usage=usage,
            granted=granted,
        )

        credits_balance_item.additional_properties = d
        return credits_balance_item

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
