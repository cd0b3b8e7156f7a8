from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WaitlistJoinRequest")


@_attrs_define
class WaitlistJoinRequest:
    """
    Attributes:
        email (str):
        name (str):
        company_name (str):
        referral_source (str):
    """

    email: str
    name: str
    company_name: str
    referral_source: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        name = self.name

        company_name = self.company_name

        referral_source = self.referral_source

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
                "name": name,
                "company_name": company_name,
                "referral_source": referral_source,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        email = d.pop("email")

        name = d.pop("name")

        company_name = d.pop("company_name")

        referral_source = d.pop("referral_source")

        waitlist_join_request = cls(
            email=email,
            name=name,
            company_name=company_name,
            referral_source=referral_source,
        )

        waitlist_join_request.additional_properties = d
        return waitlist_join_request

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
