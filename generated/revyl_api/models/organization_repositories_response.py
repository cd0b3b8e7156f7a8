from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.org_installation import OrgInstallation
    from ..models.org_repository import OrgRepository


T = TypeVar("T", bound="OrganizationRepositoriesResponse")


@_attrs_define
class OrganizationRepositoriesResponse:
    """
    Attributes:
        repositories (list[OrgRepository]):
        installation (None | OrgInstallation):
        has_access (bool):
        github_integration_enabled (bool):
    """

    repositories: list[OrgRepository]
    installation: None | OrgInstallation
    has_access: bool
    github_integration_enabled: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.org_installation import OrgInstallation  # noqa: PLC0415

        repositories = []
        for repositories_item_data in self.repositories:
            repositories_item = repositories_item_data.to_dict()
            repositories.append(repositories_item)

        installation: dict[str, Any] | None
        if isinstance(self.installation, OrgInstallation):
            installation = self.installation.to_dict()
        else:
            installation = self.installation

        has_access = self.has_access

        github_integration_enabled = self.github_integration_enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "repositories": repositories,
                "installation": installation,
                "has_access": has_access,
                "github_integration_enabled": github_integration_enabled,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.org_installation import OrgInstallation  # noqa: PLC0415
        from ..models.org_repository import OrgRepository  # noqa: PLC0415

        d = dict(src_dict)
        repositories = []
        _repositories = d.pop("repositories")
        for repositories_item_data in _repositories:
            repositories_item = OrgRepository.from_dict(repositories_item_data)

            repositories.append(repositories_item)

        def _parse_installation(data: object) -> None | OrgInstallation:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                installation_type_0 = OrgInstallation.from_dict(data)

                return installation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OrgInstallation, data)

        installation = _parse_installation(d.pop("installation"))

        has_access = d.pop("has_access")

        github_integration_enabled = d.pop("github_integration_enabled")

        organization_repositories_response = cls(
            repositories=repositories,
            installation=installation,
            has_access=has_access,
            github_integration_enabled=github_integration_enabled,
        )

        organization_repositories_response.additional_properties = d
        return organization_repositories_response

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
