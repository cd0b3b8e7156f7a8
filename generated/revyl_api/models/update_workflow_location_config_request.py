from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.update_workflow_location_config_request_location_config_type_0 import (
        UpdateWorkflowLocationConfigRequestLocationConfigType0,
    )


T = TypeVar("T", bound="UpdateWorkflowLocationConfigRequest")


@_attrs_define
class UpdateWorkflowLocationConfigRequest:
    """
    Attributes:
        location_config (None | UpdateWorkflowLocationConfigRequestLocationConfigType0):
        override_location (bool):
    """

    location_config: None | UpdateWorkflowLocationConfigRequestLocationConfigType0
    override_location: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.update_workflow_location_config_request_location_config_type_0 import (
            UpdateWorkflowLocationConfigRequestLocationConfigType0,  # noqa: PLC0415
        )

        location_config: dict[str, Any] | None
        if isinstance(self.location_config, UpdateWorkflowLocationConfigRequestLocationConfigType0):
            location_config = self.location_config.to_dict()
        else:
            location_config = self.location_config

        override_location = self.override_location

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "location_config": location_config,
                "override_location": override_location,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.update_workflow_location_config_request_location_config_type_0 import (
            UpdateWorkflowLocationConfigRequestLocationConfigType0,  # noqa: PLC0415
        )

        d = dict(src_dict)

        def _parse_location_config(data: object) -> None | UpdateWorkflowLocationConfigRequestLocationConfigType0:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                location_config_type_0 = UpdateWorkflowLocationConfigRequestLocationConfigType0.from_dict(data)

                return location_config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UpdateWorkflowLocationConfigRequestLocationConfigType0, data)

        location_config = _parse_location_config(d.pop("location_config"))

        override_location = d.pop("override_location")

        update_workflow_location_config_request = cls(
            location_config=location_config,
            override_location=override_location,
        )

        update_workflow_location_config_request.additional_properties = d
        return update_workflow_location_config_request

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
