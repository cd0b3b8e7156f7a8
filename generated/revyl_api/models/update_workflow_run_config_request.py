from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.update_workflow_run_config_request_run_config import UpdateWorkflowRunConfigRequestRunConfig


T = TypeVar("T", bound="UpdateWorkflowRunConfigRequest")


@_attrs_define
class UpdateWorkflowRunConfigRequest:
    """
    Attributes:
        run_config (UpdateWorkflowRunConfigRequestRunConfig):
        override_run_config (bool):
    """

    run_config: UpdateWorkflowRunConfigRequestRunConfig
    override_run_config: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        run_config = self.run_config.to_dict()

        override_run_config = self.override_run_config

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "run_config": run_config,
                "override_run_config": override_run_config,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.update_workflow_run_config_request_run_config import UpdateWorkflowRunConfigRequestRunConfig  # noqa: PLC0415

        d = dict(src_dict)
        run_config = UpdateWorkflowRunConfigRequestRunConfig.from_dict(d.pop("run_config"))

        override_run_config = d.pop("override_run_config")

        update_workflow_run_config_request = cls(
            run_config=run_config,
            override_run_config=override_run_config,
        )

        update_workflow_run_config_request.additional_properties = d
        return update_workflow_run_config_request

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
