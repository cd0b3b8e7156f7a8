from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SetupInstallationResponse")


@_attrs_define
class SetupInstallationResponse:
    """
    Attributes:
        success (bool):
        action (str):
        installation_id (int):
        propel_org_id (str):
        repositories (int):
    """

    success: bool
    action: str
    installation_id: int
    propel_org_id: str
    repositories: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        action = self.action

        installation_id = self.installation_id

        propel_org_id = self.propel_org_id

        repositories = self.repositories

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "action": action,
                "installation_id": installation_id,
                "propel_org_id": propel_org_id,
                "repositories": repositories,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        success = d.pop("success")

        action = d.pop("action")

        installation_id = d.pop("installation_id")

        propel_org_id = d.pop("propel_org_id")

        repositories = d.pop("repositories")

        setup_installation_response = cls(
            success=success,
            action=action,
            installation_id=installation_id,
            propel_org_id=propel_org_id,
            repositories=repositories,
        )

        setup_installation_response.additional_properties = d
        return setup_installation_response

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
