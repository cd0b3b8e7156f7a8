from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.org_launch_env_var_row import OrgLaunchEnvVarRow


T = TypeVar("T", bound="OrgLaunchEnvVarResponse")


@_attrs_define
class OrgLaunchEnvVarResponse:
    """Response model for single org launch environment variable operations.

    Attributes:
        message (str): Response message
        result (OrgLaunchEnvVarRow): Row model for an org launch environment variable.
    """

    message: str
    result: OrgLaunchEnvVarRow
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        result = self.result.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
                "result": result,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.org_launch_env_var_row import OrgLaunchEnvVarRow  # noqa: PLC0415

        d = dict(src_dict)
        message = d.pop("message")

        result = OrgLaunchEnvVarRow.from_dict(d.pop("result"))

        org_launch_env_var_response = cls(
            message=message,
            result=result,
        )

        org_launch_env_var_response.additional_properties = d
        return org_launch_env_var_response

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
