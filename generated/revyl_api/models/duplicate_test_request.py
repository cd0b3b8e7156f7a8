from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DuplicateTestRequest")


@_attrs_define
class DuplicateTestRequest:
    """Request model for duplicating a test.

    Attributes:
        test_id (UUID): ID of the test to duplicate
        new_name (str): Name for the duplicated test
        copy_cookies (bool | Unset): Whether to copy cookies from the original test Default: True.
        copy_variables (bool | Unset): Whether to copy custom variables from the original test Default: True.
        target_platform (None | str | Unset): Target platform for cross-platform duplication (ios or android). If not
            provided, keeps original platform.
        new_app_id (None | Unset | UUID): App ID to assign to the duplicated test. If not provided, keeps original app
            (or clears if cross-platform).
    """

    test_id: UUID
    new_name: str
    copy_cookies: bool | Unset = True
    copy_variables: bool | Unset = True
    target_platform: None | str | Unset = UNSET
    new_app_id: None | Unset | UUID = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        test_id = str(self.test_id)

        new_name = self.new_name

        copy_cookies = self.copy_cookies

        copy_variables = self.copy_variables

        target_platform: None | str | Unset
        if isinstance(self.target_platform, Unset):
            target_platform = UNSET
        else:
            target_platform = self.target_platform

        new_app_id: None | str | Unset
        if isinstance(self.new_app_id, Unset):
            new_app_id = UNSET
        elif isinstance(self.new_app_id, UUID):
            new_app_id = str(self.new_app_id)
        else:
            new_app_id = self.new_app_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "test_id": test_id,
                "new_name": new_name,
            }
        )
        if copy_cookies is not UNSET:
            field_dict["copy_cookies"] = copy_cookies
        if copy_variables is not UNSET:
            field_dict["copy_variables"] = copy_variables
        if target_platform is not UNSET:
            field_dict["target_platform"] = target_platform
        if new_app_id is not UNSET:
            field_dict["new_app_id"] = new_app_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        test_id = UUID(d.pop("test_id"))

        new_name = d.pop("new_name")

        copy_cookies = d.pop("copy_cookies", UNSET)

        copy_variables = d.pop("copy_variables", UNSET)

        def _parse_target_platform(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        target_platform = _parse_target_platform(d.pop("target_platform", UNSET))

        def _parse_new_app_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                new_app_id_type_0 = UUID(data)

                return new_app_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        new_app_id = _parse_new_app_id(d.pop("new_app_id", UNSET))

        duplicate_test_request = cls(
            test_id=test_id,
            new_name=new_name,
            copy_cookies=copy_cookies,
            copy_variables=copy_variables,
            target_platform=target_platform,
            new_app_id=new_app_id,
        )

        duplicate_test_request.additional_properties = d
        return duplicate_test_request

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
