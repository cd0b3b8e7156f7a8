from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="QualityBreakdown")


@_attrs_define
class QualityBreakdown:
    """Breakdown of quality score components.

    Attributes:
        retry_rate (float): Score for retry rate (0-100)
        grounding_accuracy (float): Score for grounding accuracy (0-100)
        reflection_accuracy (float): Score for reflection accuracy (0-100)
        suggestion_compliance (float): Score for suggestion compliance (0-100)
        path_efficiency (float): Score for path efficiency (0-100)
        bounding_box_accuracy (float | Unset): Score for bounding box accuracy (0-100) Default: 100.0.
    """

    retry_rate: float
    grounding_accuracy: float
    reflection_accuracy: float
    suggestion_compliance: float
    path_efficiency: float
    bounding_box_accuracy: float | Unset = 100.0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        retry_rate = self.retry_rate

        grounding_accuracy = self.grounding_accuracy

        reflection_accuracy = self.reflection_accuracy

        suggestion_compliance = self.suggestion_compliance

        path_efficiency = self.path_efficiency

        bounding_box_accuracy = self.bounding_box_accuracy

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "retry_rate": retry_rate,
                "grounding_accuracy": grounding_accuracy,
                "reflection_accuracy": reflection_accuracy,
                "suggestion_compliance": suggestion_compliance,
                "path_efficiency": path_efficiency,
            }
        )
        if bounding_box_accuracy is not UNSET:
            field_dict["bounding_box_accuracy"] = bounding_box_accuracy

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        retry_rate = d.pop("retry_rate")

        grounding_accuracy = d.pop("grounding_accuracy")

        reflection_accuracy = d.pop("reflection_accuracy")

        suggestion_compliance = d.pop("suggestion_compliance")

        path_efficiency = d.pop("path_efficiency")

        bounding_box_accuracy = d.pop("bounding_box_accuracy", UNSET)

        quality_breakdown = cls(
            retry_rate=retry_rate,
            grounding_accuracy=grounding_accuracy,
            reflection_accuracy=reflection_accuracy,
            suggestion_compliance=suggestion_compliance,
            path_efficiency=path_efficiency,
            bounding_box_accuracy=bounding_box_accuracy,
        )

        quality_breakdown.additional_properties = d
        return quality_breakdown

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
