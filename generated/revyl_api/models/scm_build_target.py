from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ScmBuildTarget")


@_attrs_define
class ScmBuildTarget:
    """
    Attributes:
        build_configuration_id (UUID):
        use_existing_ci (bool | Unset):  Default: False.
        enabled (bool | Unset):  Default: True.
    """

    build_configuration_id: UUID
    use_existing_ci: bool | Unset = False
    enabled: bool | Unset = True
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        build_configuration_id = str(self.build_configuration_id)

        use_existing_ci = self.use_existing_ci

        enabled = self.enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "build_configuration_id": build_configuration_id,
            }
        )
        if use_existing_ci is not UNSET:
            field_dict["use_existing_ci"] = use_existing_ci
        if enabled is not UNSET:
            field_dict["enabled"] = enabled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        build_configuration_id = UUID(d.pop("build_configuration_id"))

        use_existing_ci = d.pop("use_existing_ci", UNSET)

        enabled = d.pop("enabled", UNSET)

        scm_build_target = cls(
            build_configuration_id=build_configuration_id,
            use_existing_ci=use_existing_ci,
            enabled=enabled,
        )

        scm_build_target.additional_properties = d
        return scm_build_target

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
