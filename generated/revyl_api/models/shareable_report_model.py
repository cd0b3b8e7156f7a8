from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ShareableReportModel")


@_attrs_define
class ShareableReportModel:
    """Model for generating shareable report links.

    Note: 'task_id' is kept for URL compatibility (existing shareable links).
    Internally this maps to 'id' in the new test_executions schema.

        Attributes:
            test_id (UUID):
            task_id (UUID):
            origin (None | str | Unset):  Default: 'https://app.revyl.ai'.
    """

    test_id: UUID
    task_id: UUID
    origin: None | str | Unset = "https://app.revyl.ai"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        test_id = str(self.test_id)

        task_id = str(self.task_id)

        origin: None | str | Unset
        if isinstance(self.origin, Unset):
            origin = UNSET
        else:
            origin = self.origin

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "test_id": test_id,
                "task_id": task_id,
            }
        )
        if origin is not UNSET:
            field_dict["origin"] = origin

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        test_id = UUID(d.pop("test_id"))

        task_id = UUID(d.pop("task_id"))

        def _parse_origin(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        origin = _parse_origin(d.pop("origin", UNSET))

        shareable_report_model = cls(
            test_id=test_id,
            task_id=task_id,
            origin=origin,
        )

        shareable_report_model.additional_properties = d
        return shareable_report_model

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
