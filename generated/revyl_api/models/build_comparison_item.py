from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BuildComparisonItem")


@_attrs_define
class BuildComparisonItem:
    """
    Attributes:
        test_id (str):
        test_name (str):
        current_status (None | str | Unset):
        previous_status (None | str | Unset):
        delta (None | str | Unset):
        current_execution_id (None | str | Unset):
        previous_execution_id (None | str | Unset):
    """

    test_id: str
    test_name: str
    current_status: None | str | Unset = UNSET
    previous_status: None | str | Unset = UNSET
    delta: None | str | Unset = UNSET
    current_execution_id: None | str | Unset = UNSET
    previous_execution_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        test_id = self.test_id

        test_name = self.test_name

        current_status: None | str | Unset
        if isinstance(self.current_status, Unset):
            current_status = UNSET
        else:
            current_status = self.current_status

        previous_status: None | str | Unset
        if isinstance(self.previous_status, Unset):
            previous_status = UNSET
        else:
            previous_status = self.previous_status

        delta: None | str | Unset
        if isinstance(self.delta, Unset):
            delta = UNSET
        else:
            delta = self.delta

        current_execution_id: None | str | Unset
        if isinstance(self.current_execution_id, Unset):
            current_execution_id = UNSET
        else:
            current_execution_id = self.current_execution_id

        previous_execution_id: None | str | Unset
        if isinstance(self.previous_execution_id, Unset):
            previous_execution_id = UNSET
        else:
            previous_execution_id = self.previous_execution_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "test_id": test_id,
                "test_name": test_name,
            }
        )
        if current_status is not UNSET:
            field_dict["current_status"] = current_status
        if previous_status is not UNSET:
            field_dict["previous_status"] = previous_status
        if delta is not UNSET:
            field_dict["delta"] = delta
        if current_execution_id is not UNSET:
            field_dict["current_execution_id"] = current_execution_id
        if previous_execution_id is not UNSET:
            field_dict["previous_execution_id"] = previous_execution_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        test_id = d.pop("test_id")

        test_name = d.pop("test_name")

        def _parse_current_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        current_status = _parse_current_status(d.pop("current_status", UNSET))

        def _parse_previous_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        previous_status = _parse_previous_status(d.pop("previous_status", UNSET))

        def _parse_delta(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        delta = _parse_delta(d.pop("delta", UNSET))

        def _parse_current_execution_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        current_execution_id = _parse_current_execution_id(d.pop("current_execution_id", UNSET))

        def _parse_previous_execution_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        previous_execution_id = _parse_previous_execution_id(d.pop("previous_execution_id", UNSET))

        build_comparison_item = cls(
            test_id=test_id,
            test_name=test_name,
            current_status=current_status,
            previous_status=previous_status,
            delta=delta,
            current_execution_id=current_execution_id,
            previous_execution_id=previous_execution_id,
        )

        build_comparison_item.additional_properties = d
        return build_comparison_item

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
