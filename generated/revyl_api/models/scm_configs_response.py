from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.scm_config_response import ScmConfigResponse


T = TypeVar("T", bound="ScmConfigsResponse")


@_attrs_define
class ScmConfigsResponse:
    """
    Attributes:
        has_access (bool):
        github_integration_enabled (bool): Deprecated: use integration_enabled. Kept on the wire for released revyl-cli
            binaries; removal requires a CLI deprecation window.
        configs (list[ScmConfigResponse]):
        integration_enabled (bool | None | Unset): Whether the requested provider's integration is enabled.
    """

    has_access: bool
    github_integration_enabled: bool
    configs: list[ScmConfigResponse]
    integration_enabled: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        has_access = self.has_access

        github_integration_enabled = self.github_integration_enabled

        configs = []
        for configs_item_data in self.configs:
            configs_item = configs_item_data.to_dict()
            configs.append(configs_item)

        integration_enabled: bool | None | Unset
        if isinstance(self.integration_enabled, Unset):
            integration_enabled = UNSET
        else:
            integration_enabled = self.integration_enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "has_access": has_access,
                "github_integration_enabled": github_integration_enabled,
                "configs": configs,
            }
        )
        if integration_enabled is not UNSET:
            field_dict["integration_enabled"] = integration_enabled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.scm_config_response import ScmConfigResponse  # noqa: PLC0415

        d = dict(src_dict)
        has_access = d.pop("has_access")

        github_integration_enabled = d.pop("github_integration_enabled")

        configs = []
        _configs = d.pop("configs")
        for configs_item_data in _configs:
            configs_item = ScmConfigResponse.from_dict(configs_item_data)

            configs.append(configs_item)

        def _parse_integration_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        integration_enabled = _parse_integration_enabled(d.pop("integration_enabled", UNSET))

        scm_configs_response = cls(
            has_access=has_access,
            github_integration_enabled=github_integration_enabled,
            configs=configs,
            integration_enabled=integration_enabled,
        )

        scm_configs_response.additional_properties = d
        return scm_configs_response

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
