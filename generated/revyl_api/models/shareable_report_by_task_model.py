from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ShareableReportByTaskModel")


@_attrs_define
class ShareableReportByTaskModel:
    """
    Attributes:
        task_id (str):
        origin (None | str | Unset):  Default: 'https://app.revyl.ai'.
        expiration_hours (int | None | Unset):
    """

    task_id: str
    origin: None | str | Unset = "https://app.revyl.ai"
    expiration_hours: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        task_id = self.task_id

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
        field_dict.update(
            {
                "task_id": task_id,
            }
        )
        if origin is not UNSET:
            field_dict["origin"] = origin
        if expiration_hours is not UNSET:
            field_dict["expiration_hours"] = expiration_hours

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        task_id = d.pop("task_id")

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

        shareable_report_by_task_model = cls(
            task_id=task_id,
            origin=origin,
            expiration_hours=expiration_hours,
        )

        shareable_report_by_task_model.additional_properties = d
        return shareable_report_by_task_model

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
