from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AtlasShareLinkRequest")


@_attrs_define
class AtlasShareLinkRequest:
    """
    Attributes:
        build_id (None | str | Unset):
        from_time (None | str | Unset):
        to_time (None | str | Unset):
        origin (None | str | Unset):
        expiration_hours (int | None | Unset):  Default: 720.
    """

    build_id: None | str | Unset = UNSET
    from_time: None | str | Unset = UNSET
    to_time: None | str | Unset = UNSET
    origin: None | str | Unset = UNSET
    expiration_hours: int | None | Unset = 720
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        build_id: None | str | Unset
        if isinstance(self.build_id, Unset):
            build_id = UNSET
        else:
            build_id = self.build_id

        from_time: None | str | Unset
        if isinstance(self.from_time, Unset):
            from_time = UNSET
        else:
            from_time = self.from_time

        to_time: None | str | Unset
        if isinstance(self.to_time, Unset):
            to_time = UNSET
        else:
            to_time = self.to_time

        origin: None | str | Unset
        if isinstance(self.origin, Unset):
            origin = UNSET
        else:
            origin = self.origin

        expiration_hours: int | None | Unset
        if isinstance(self.expiration_hours, Unset):
            expiration_hours = UNSET
        else:
            expiration_hours = self.expiration_hours

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if build_id is not UNSET:
            field_dict["build_id"] = build_id
        if from_time is not UNSET:
            field_dict["from_time"] = from_time
        if to_time is not UNSET:
            field_dict["to_time"] = to_time
        if origin is not UNSET:
            field_dict["origin"] = origin
        if expiration_hours is not UNSET:
            field_dict["expiration_hours"] = expiration_hours

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_build_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        build_id = _parse_build_id(d.pop("build_id", UNSET))

        def _parse_from_time(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        from_time = _parse_from_time(d.pop("from_time", UNSET))

        def _parse_to_time(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        to_time = _parse_to_time(d.pop("to_time", UNSET))

        def _parse_origin(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        origin = _parse_origin(d.pop("origin", UNSET))

        def _parse_expiration_hours(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        expiration_hours = _parse_expiration_hours(d.pop("expiration_hours", UNSET))

        atlas_share_link_request = cls(
            build_id=build_id,
            from_time=from_time,
            to_time=to_time,
            origin=origin,
            expiration_hours=expiration_hours,
        )

        atlas_share_link_request.additional_properties = d
        return atlas_share_link_request

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
