from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AtlasExploreCancelResponse")


@_attrs_define
class AtlasExploreCancelResponse:
    """
    Attributes:
        run_id (str):
        execution_status (str):
        hatchet_cancelled (bool):
    """

    run_id: str
    execution_status: str
    hatchet_cancelled: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        run_id = self.run_id

        execution_status = self.execution_status

        hatchet_cancelled = self.hatchet_cancelled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "run_id": run_id,
                "execution_status": execution_status,
                "hatchet_cancelled": hatchet_cancelled,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        run_id = d.pop("run_id")

        execution_status = d.pop("execution_status")

        hatchet_cancelled = d.pop("hatchet_cancelled")

        atlas_explore_cancel_response = cls(
            run_id=run_id,
            execution_status=execution_status,
            hatchet_cancelled=hatchet_cancelled,
        )

        atlas_explore_cancel_response.additional_properties = d
        return atlas_explore_cancel_response

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
