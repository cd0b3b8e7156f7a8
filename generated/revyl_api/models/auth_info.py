from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AuthInfo")


@_attrs_define
class AuthInfo:
    """Class that represents authentication information.
    Can be returned from the require_auth dependency.

        Attributes:
            user_id (str):
            api_key (None | str | Unset):
            org_id (None | Unset | UUID):
            org_name (None | str | Unset):
            email (None | str | Unset):
            service (bool | Unset):  Default: False.
            concurrency_limit (int | Unset):  Default: 3.
            proxy_enabled (bool | None | Unset):
            permissions (list[str] | None | Unset):
            user_role (None | str | Unset):
            billing_exempt (bool | Unset):  Default: False.
    """

    user_id: str
    api_key: None | str | Unset = UNSET
    org_id: None | Unset | UUID = UNSET
    org_name: None | str | Unset = UNSET
    email: None | str | Unset = UNSET
    service: bool | Unset = False
    concurrency_limit: int | Unset = 3
    proxy_enabled: bool | None | Unset = UNSET
    permissions: list[str] | None | Unset = UNSET
    user_role: None | str | Unset = UNSET
    billing_exempt: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        api_key: None | str | Unset
        if isinstance(self.api_key, Unset):
            api_key = UNSET
        else:
            api_key = self.api_key

        org_id: None | str | Unset
        if isinstance(self.org_id, Unset):
            org_id = UNSET
        elif isinstance(self.org_id, UUID):
            org_id = str(self.org_id)
        else:
            org_id = self.org_id

        org_name: None | str | Unset
        if isinstance(self.org_name, Unset):
            org_name = UNSET
        else:
            org_name = self.org_name

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        service = self.service

        concurrency_limit = self.concurrency_limit

        proxy_enabled: bool | None | Unset
        if isinstance(self.proxy_enabled, Unset):
            proxy_enabled = UNSET
        else:
            proxy_enabled = self.proxy_enabled

        permissions: list[str] | None | Unset
        if isinstance(self.permissions, Unset):
            permissions = UNSET
        elif isinstance(self.permissions, list):
            permissions = self.permissions

        else:
            permissions = self.permissions

        user_role: None | str | Unset
        if isinstance(self.user_role, Unset):
            user_role = UNSET
        else:
            user_role = self.user_role

        billing_exempt = self.billing_exempt

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user_id": user_id,
            }
        )
        if api_key is not UNSET:
            field_dict["api_key"] = api_key
        if org_id is not UNSET:
            field_dict["org_id"] = org_id
        if org_name is not UNSET:
            field_dict["org_name"] = org_name
        if email is not UNSET:
            field_dict["email"] = email
        if service is not UNSET:
            field_dict["service"] = service
        if concurrency_limit is not UNSET:
            field_dict["concurrency_limit"] = concurrency_limit
        if proxy_enabled is not UNSET:
            field_dict["proxy_enabled"] = proxy_enabled
        if permissions is not UNSET:
            field_dict["permissions"] = permissions
        if user_role is not UNSET:
            field_dict["user_role"] = user_role
        if billing_exempt is not UNSET:
            field_dict["billing_exempt"] = billing_exempt

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        user_id = d.pop("user_id")

        def _parse_api_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        api_key = _parse_api_key(d.pop("api_key", UNSET))

        def _parse_org_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                org_id_type_0 = UUID(data)

                return org_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        org_id = _parse_org_id(d.pop("org_id", UNSET))

        def _parse_org_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        org_name = _parse_org_name(d.pop("org_name", UNSET))

        def _parse_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email = _parse_email(d.pop("email", UNSET))

        service = d.pop("service", UNSET)

        concurrency_limit = d.pop("concurrency_limit", UNSET)

        def _parse_proxy_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        proxy_enabled = _parse_proxy_enabled(d.pop("proxy_enabled", UNSET))

        def _parse_permissions(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                permissions_type_0 = cast(list[str], data)

                return permissions_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        permissions = _parse_permissions(d.pop("permissions", UNSET))

        def _parse_user_role(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        user_role = _parse_user_role(d.pop("user_role", UNSET))

        billing_exempt = d.pop("billing_exempt", UNSET)

        auth_info = cls(
            user_id=user_id,
            api_key=api_key,
            org_id=org_id,
            org_name=org_name,
            email=email,
            service=service,
            concurrency_limit=concurrency_limit,
            proxy_enabled=proxy_enabled,
            permissions=permissions,
            user_role=user_role,
            billing_exempt=billing_exempt,
        )

        auth_info.additional_properties = d
        return auth_info

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
