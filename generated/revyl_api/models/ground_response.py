from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GroundResponse")


@_attrs_define
class GroundResponse:
    """Response body from the grounding proxy endpoint.

    Attributes:
        x: Absolute X pixel coordinate of the located element.
        y: Absolute Y pixel coordinate of the located element.
        found: Whether the element was successfully located.
        error: Error message if grounding failed.

        Attributes:
            x (int | Unset): Absolute X pixel coordinate Default: 0.
            y (int | Unset): Absolute Y pixel coordinate Default: 0.
            found (bool | Unset): Whether the element was located Default: False.
            error (None | str | Unset): Error message if failed
    """

    x: int | Unset = 0
    y: int | Unset = 0
    found: bool | Unset = False
    error: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        x = self.x

        y = self.y

        found = self.found

        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if x is not UNSET:
            field_dict["x"] = x
        if y is not UNSET:
            field_dict["y"] = y
        if found is not UNSET:
            field_dict["found"] = found
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        x = d.pop("x", UNSET)

        y = d.pop("y", UNSET)

        found = d.pop("found", UNSET)

        def _parse_error(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error = _parse_error(d.pop("error", UNSET))

        ground_response = cls(
            x=x,
            y=y,
            found=found,
            error=error,
        )

        ground_response.additional_properties = d
        return ground_response

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
