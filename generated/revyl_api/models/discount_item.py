from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DiscountItem")


@_attrs_define
class DiscountItem:
    """A reward/discount applied to the customer (from Autumn `rewards.discounts`).

    Attributes:
        id (str):
        name (str):
        type_ (str):
        discount_value (float):
        code (None | str | Unset):
        currency (None | str | Unset):
        duration_type (None | str | Unset):
        duration_value (int | None | Unset):
        start (int | None | Unset):
        end (int | None | Unset):
    """

    id: str
    name: str
    type_: str
    discount_value: float
    code: None | str | Unset = UNSET
    currency: None | str | Unset = UNSET
    duration_type: None | str | Unset = UNSET
    duration_value: int | None | Unset = UNSET
    start: int | None | Unset = UNSET
    end: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        type_ = self.type_

        discount_value = self.discount_value

        code: None | str | Unset
        if isinstance(self.code, Unset):
            code = UNSET
        else:
            code = self.code

        currency: None | str | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        else:
            currency = self.currency

        duration_type: None | str | Unset
        if isinstance(self.duration_type, Unset):
            duration_type = UNSET
        else:
            duration_type = self.duration_type

        duration_value: int | None | Unset
        if isinstance(self.duration_value, Unset):
            duration_value = UNSET
        else:
            duration_value = self.duration_value

        start: int | None | Unset
        if isinstance(self.start, Unset):
            start = UNSET
        else:
            start = self.start

        end: int | None | Unset
        if isinstance(self.end, Unset):
            end = UNSET
        else:
            end = self.end

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "type": type_,
                "discount_value": discount_value,
            }
        )
        if code is not UNSET:
            field_dict["code"] = code
        if currency is not UNSET:
            field_dict["currency"] = currency
        if duration_type is not UNSET:
            field_dict["duration_type"] = duration_type
        if duration_value is not UNSET:
            field_dict["duration_value"] = duration_value
        if start is not UNSET:
            field_dict["start"] = start
        if end is not UNSET:
            field_dict["end"] = end

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        type_ = d.pop("type")

        discount_value = d.pop("discount_value")

        def _parse_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        code = _parse_code(d.pop("code", UNSET))

        def _parse_currency(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        currency = _parse_currency(d.pop("currency", UNSET))

        def _parse_duration_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        duration_type = _parse_duration_type(d.pop("duration_type", UNSET))

        def _parse_duration_value(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        duration_value = _parse_duration_value(d.pop("duration_value", UNSET))

        def _parse_start(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        start = _parse_start(d.pop("start", UNSET))

        def _parse_end(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        end = _parse_end(d.pop("end", UNSET))

        discount_item = cls(
            id=id,
            name=name,
            type_=type_,
            discount_value=discount_value,
            code=code,
            currency=currency,
            duration_type=duration_type,
            duration_value=duration_value,
            start=start,
            end=end,
        )

        discount_item.additional_properties = d
        return discount_item

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
