from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ReplaceTestLaunchEnvVarRefsRequest")


@_attrs_define
class ReplaceTestLaunchEnvVarRefsRequest:
    """Request model for replacing launch variable attachments on a test.

    Attributes:
        test_id (str): Test ID
        env_var_ids (list[str] | Unset): Ordered list of org launch variable IDs to attach to the test
    """

    test_id: str
    env_var_ids: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        test_id = self.test_id

        env_var_ids: list[str] | Unset = UNSET
        if not isinstance(self.env_var_ids, Unset):
            env_var_ids = self.env_var_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "test_id": test_id,
            }
        )
        if env_var_ids is not UNSET:
            field_dict["env_var_ids"] = env_var_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        test_id = d.pop("test_id")

        env_var_ids = cast(list[str], d.pop("env_var_ids", UNSET))

        replace_test_launch_env_var_refs_request = cls(
            test_id=test_id,
            env_var_ids=env_var_ids,
        )

        replace_test_launch_env_var_refs_request.additional_properties = d
        return replace_test_launch_env_var_refs_request

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
