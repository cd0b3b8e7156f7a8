from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OrgInstallation")


@_attrs_define
class OrgInstallation:
    """
    Attributes:
        id (UUID):
        propel_org_id (str):
        installation_id (int):
        status (str):
        created_at (datetime.datetime):
        gh_installation_owner_id (None | str | Unset):
        verified_at (datetime.datetime | None | Unset):
    """

    id: UUID
    propel_org_id: str
    installation_id: int
    status: str
    created_at: datetime.datetime
    gh_installation_owner_id: None | str | Unset = UNSET
    verified_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        propel_org_id = self.propel_org_id

        installation_id = self.installation_id

        status = self.status

        created_at = self.created_at.isoformat()

        gh_installation_owner_id: None | str | Unset
        if isinstance(self.gh_installation_owner_id, Unset):
            gh_installation_owner_id = UNSET
        else:
            gh_installation_owner_id = self.gh_installation_owner_id

        verified_at: None | str | Unset
        if isinstance(self.verified_at, Unset):
            verified_at = UNSET
        elif isinstance(self.verified_at, datetime.datetime):
            verified_at = self.verified_at.isoformat()
        else:
            verified_at = self.verified_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "propel_org_id": propel_org_id,
                "installation_id": installation_id,
                "status": status,
                "created_at": created_at,
            }
        )
        if gh_installation_owner_id is not UNSET:
            field_dict["gh_installation_owner_id"] = gh_installation_owner_id
        if verified_at is not UNSET:
            field_dict["verified_at"] = verified_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        propel_org_id = d.pop("propel_org_id")

        installation_id = d.pop("installation_id")

        status = d.pop("status")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        def _parse_gh_installation_owner_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        gh_installation_owner_id = _parse_gh_installation_owner_id(d.pop("gh_installation_owner_id", UNSET))

        def _parse_verified_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                verified_at_type_0 = datetime.datetime.fromisoformat(data)

                return verified_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        verified_at = _parse_verified_at(d.pop("verified_at", UNSET))

        org_installation = cls(
            id=id,
            propel_org_id=propel_org_id,
            installation_id=installation_id,
            status=status,
            created_at=created_at,
            gh_installation_owner_id=gh_installation_owner_id,
            verified_at=verified_at,
        )

        org_installation.additional_properties = d
        return org_installation

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
