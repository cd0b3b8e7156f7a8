from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.update_workflow_build_config_request_build_config_type_0 import (
        UpdateWorkflowBuildConfigRequestBuildConfigType0,
    )


T = TypeVar("T", bound="UpdateWorkflowBuildConfigRequest")


@_attrs_define
class UpdateWorkflowBuildConfigRequest:
    """
    Attributes:
        build_config (None | UpdateWorkflowBuildConfigRequestBuildConfigType0):
        override_build_config (bool):
    """

    build_config: None | UpdateWorkflowBuildConfigRequestBuildConfigType0
    override_build_config: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.update_workflow_build_config_request_build_config_type_0 import (
            UpdateWorkflowBuildConfigRequestBuildConfigType0,  # noqa: PLC0415
        )

        build_config: dict[str, Any] | None
        if isinstance(self.build_config, UpdateWorkflowBuildConfigRequestBuildConfigType0):
            build_config = self.build_config.to_dict()
        else:
            build_config = self.build_config

        override_build_config = self.override_build_config

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "build_config": build_config,
                "override_build_config": override_build_config,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.update_workflow_build_config_request_build_config_type_0 import (
            UpdateWorkflowBuildConfigRequestBuildConfigType0,  # noqa: PLC0415
        )

        d = dict(src_dict)

        def _parse_build_config(data: object) -> None | UpdateWorkflowBuildConfigRequestBuildConfigType0:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                build_config_type_0 = UpdateWorkflowBuildConfigRequestBuildConfigType0.from_dict(data)

                return build_config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UpdateWorkflowBuildConfigRequestBuildConfigType0, data)

        build_config = _parse_build_config(d.pop("build_config"))

        override_build_config = d.pop("override_build_config")

        update_workflow_build_config_request = cls(
            build_config=build_config,
            override_build_config=override_build_config,
        )

        update_workflow_build_config_request.additional_properties = d
        return update_workflow_build_config_request

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
