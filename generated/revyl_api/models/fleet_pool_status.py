from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FleetPoolStatus")


@_attrs_define
class FleetPoolStatus:
    """Summary statistics for the Fleet sandbox pool.

    Provides a quick overview of pool availability and usage.

    Attributes:
        total: Total number of sandboxes in the pool.
        available: Number of sandboxes available for claiming.
        claimed: Number of sandboxes currently claimed.
        maintenance: Number of sandboxes under maintenance.

        Attributes:
            total (int): Total sandboxes in pool
            available (int): Available sandboxes
            claimed (int): Claimed sandboxes
            maintenance (int | Unset): Sandboxes under maintenance Default: 0.
    """

    total: int
    available: int
    claimed: int
    maintenance: int | Unset = 0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total = self.total

        available = self.available

        claimed = self.claimed

        maintenance = self.maintenance

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "total": total,
                "available": available,
                "claimed": claimed,
            }
        )
        if maintenance is not UNSET:
            field_dict["maintenance"] = maintenance

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        total = d.pop("total")

        available = d.pop("available")

        claimed = d.pop("claimed")

        maintenance = d.pop("maintenance", UNSET)

        fleet_pool_status = cls(
            total=total,
            available=available,
            claimed=claimed,
            maintenance=maintenance,
        )

        fleet_pool_status.additional_properties = d
        return fleet_pool_status

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
