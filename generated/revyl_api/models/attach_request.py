from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.attach_request_billing_period import AttachRequestBillingPeriod, check_attach_request_billing_period
from ..types import UNSET, Unset

T = TypeVar("T", bound="AttachRequest")


@_attrs_define
class AttachRequest:
    """
    Attributes:
        redirect_url (str):
        product_id (str | Unset):  Default: 'starter'.
        billing_period (AttachRequestBillingPeriod | Unset):  Default: 'monthly'.
    """

    redirect_url: str
    product_id: str | Unset = "starter"
    billing_period: AttachRequestBillingPeriod | Unset = "monthly"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        redirect_url = self.redirect_url

        product_id = self.product_id

        billing_period: str | Unset = UNSET
        if not isinstance(self.billing_period, Unset):
            billing_period = self.billing_period

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "redirect_url": redirect_url,
            }
        )
        if product_id is not UNSET:
            field_dict["product_id"] = product_id
        if billing_period is not UNSET:
            field_dict["billing_period"] = billing_period

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        redirect_url = d.pop("redirect_url")

        product_id = d.pop("product_id", UNSET)

        _billing_period = d.pop("billing_period", UNSET)
        billing_period: AttachRequestBillingPeriod | Unset
        if isinstance(_billing_period, Unset):
            billing_period = UNSET
        else:
            billing_period = check_attach_request_billing_period(_billing_period)

        attach_request = cls(
            redirect_url=redirect_url,
            product_id=product_id,
            billing_period=billing_period,
        )

        attach_request.additional_properties = d
        return attach_request

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
