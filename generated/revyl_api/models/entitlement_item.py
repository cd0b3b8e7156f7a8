from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.credit_conversion import CreditConversion


T = TypeVar("T", bound="EntitlementItem")


@_attrs_define
class EntitlementItem:
    """
    Attributes:
        feature_id (str):
        name (str):
        unit (str):
        balance (float | None | Unset):
        usage (float | Unset):  Default: 0.0.
        granted (float | Unset):  Default: 0.0.
        unlimited (bool | Unset):  Default: False.
        conversions (list[CreditConversion] | Unset):
        overage_price (float | None | Unset):
        overage_price_label (None | str | Unset):
    """

    feature_id: str
    name: str
    unit: str
    balance: float | None | Unset = UNSET
    usage: float | Unset = 0.0
    granted: float | Unset = 0.0
    unlimited: bool | Unset = False
    conversions: list[CreditConversion] | Unset = UNSET
    overage_price: float | None | Unset = UNSET
    overage_price_label: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        feature_id = self.feature_id

        name = self.name

        unit = self.unit

        balance: float | None | Unset
        if isinstance(self.balance, Unset):
            balance = UNSET
        else:
            balance = self.balance

        usage = self.usage

        granted = self.granted

        unlimited = self.unlimited

        conversions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.conversions, Unset):
            conversions = []
            for conversions_item_data in self.conversions:
                conversions_item = conversions_item_data.to_dict()
                conversions.append(conversions_item)

        overage_price: float | None | Unset
        if isinstance(self.overage_price, Unset):
            overage_price = UNSET
        else:
            overage_price = self.overage_price

        overage_price_label: None | str | Unset
        if isinstance(self.overage_price_label, Unset):
            overage_price_label = UNSET
        else:
            overage_price_label = self.overage_price_label

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "feature_id": feature_id,
                "name": name,
                "unit": unit,
            }
        )
        if balance is not UNSET:
            field_dict["balance"] = balance
        if usage is not UNSET:
            field_dict["usage"] = usage
        if granted is not UNSET:
            field_dict["granted"] = granted
        if unlimited is not UNSET:
            field_dict["unlimited"] = unlimited
        if conversions is not UNSET:
            field_dict["conversions"] = conversions
        if overage_price is not UNSET:
            field_dict["overage_price"] = overage_price
        if overage_price_label is not UNSET:
            field_dict["overage_price_label"] = overage_price_label

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.credit_conversion import CreditConversion  # noqa: PLC0415

        d = dict(src_dict)
        feature_id = d.pop("feature_id")

        name = d.pop("name")

        unit = d.pop("unit")

        def _parse_balance(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        balance = _parse_balance(d.pop("balance", UNSET))

        usage = d.pop("usage", UNSET)

        granted = d.pop("granted", UNSET)

        unlimited = d.pop("unlimited", UNSET)

        _conversions = d.pop("conversions", UNSET)
        conversions: list[CreditConversion] | Unset = UNSET
        if _conversions is not UNSET:
            conversions = []
            for conversions_item_data in _conversions:
                conversions_item = CreditConversion.from_dict(conversions_item_data)

                conversions.append(conversions_item)

        def _parse_overage_price(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        overage_price = _parse_overage_price(d.pop("overage_price", UNSET))

        def _parse_overage_price_label(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        overage_price_label = _parse_overage_price_label(d.pop("overage_price_label", UNSET))

        entitlement_item = cls(
            feature_id=feature_id,
            name=name,
            unit=unit,
            balance=balance,
            usage=usage,
            granted=granted,
            unlimited=unlimited,
            conversions=conversions,
            overage_price=overage_price,
            overage_price_label=overage_price_label,
        )

        entitlement_item.additional_properties = d
        return entitlement_item

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
