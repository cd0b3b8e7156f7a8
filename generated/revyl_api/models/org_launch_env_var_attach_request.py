from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="OrgLaunchEnvVarAttachRequest")


@_attrs_define
class OrgLaunchEnvVarAttachRequest:
    """Request model for attaching a launch variable to a test.

    Attributes:
        test_id (str): Test ID
        env_var_id (str): Org launch variable ID
    """

    test_id: str
    env_var_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        test_id = self.test_id

        env_var_id = self.env_var_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "test_id": test_id,
                "env_var_id": env_var_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        test_id = d.pop("test_id")

        env_var_id = d.pop("env_var_id")

        org_launch_env_var_attach_request = cls(
            test_id=test_id,
            env_var_id=env_var_id,
        )

        org_launch_env_var_attach_request.additional_properties = d
        return org_launch_env_var_attach_request

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
