from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.org_launch_env_var_row import OrgLaunchEnvVarRow


T = TypeVar("T", bound="OrgLaunchEnvVarDeleteResponse")


@_attrs_define
class OrgLaunchEnvVarDeleteResponse:
    """Response model for org launch environment variable deletion.

    Attributes:
        message (str): Response message
        result (OrgLaunchEnvVarRow): Row model for an org launch environment variable.
        detached_test_count (int): Number of tests detached during deletion
    """

    message: str
    result: OrgLaunchEnvVarRow
    detached_test_count: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        result = self.result.to_dict()

        detached_test_count = self.detached_test_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
                "result": result,
                "detached_test_count": detached_test_count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.org_launch_env_var_row import OrgLaunchEnvVarRow  # noqa: PLC0415

        d = dict(src_dict)
        message = d.pop("message")

        result = OrgLaunchEnvVarRow.from_dict(d.pop("result"))

        detached_test_count = d.pop("detached_test_count")

        org_launch_env_var_delete_response = cls(
            message=message,
            result=result,
            detached_test_count=detached_test_count,
        )

        org_launch_env_var_delete_response.additional_properties = d
        return org_launch_env_var_delete_response

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
