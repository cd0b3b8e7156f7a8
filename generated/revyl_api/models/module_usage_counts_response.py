from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.module_usage_counts_response_counts import ModuleUsageCountsResponseCounts


T = TypeVar("T", bound="ModuleUsageCountsResponse")


@_attrs_define
class ModuleUsageCountsResponse:
    """Response model for batch module usage counts

    Attributes:
        counts (ModuleUsageCountsResponseCounts):
    """

    counts: ModuleUsageCountsResponseCounts
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        counts = self.counts.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "counts": counts,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.module_usage_counts_response_counts import ModuleUsageCountsResponseCounts  # noqa: PLC0415

        d = dict(src_dict)
        counts = ModuleUsageCountsResponseCounts.from_dict(d.pop("counts"))

        module_usage_counts_response = cls(
            counts=counts,
        )

        module_usage_counts_response.additional_properties = d
        return module_usage_counts_response

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
