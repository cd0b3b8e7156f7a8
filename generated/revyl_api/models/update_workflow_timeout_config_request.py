from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateWorkflowTimeoutConfigRequest")


@_attrs_define
class UpdateWorkflowTimeoutConfigRequest:
    """
    Attributes:
        test_timeout_seconds (int | None | Unset): Timeout in seconds (1–10800). Null to disable.
    """

    test_timeout_seconds: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        test_timeout_seconds: int | None | Unset
        if isinstance(self.test_timeout_seconds, Unset):
            test_timeout_seconds = UNSET
        else:
            test_timeout_seconds = self.test_timeout_seconds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if test_timeout_seconds is not UNSET:
            field_dict["test_timeout_seconds"] = test_timeout_seconds

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_test_timeout_seconds(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        test_timeout_seconds = _parse_test_timeout_seconds(d.pop("test_timeout_seconds", UNSET))

        update_workflow_timeout_config_request = cls(
            test_timeout_seconds=test_timeout_seconds,
        )

        update_workflow_timeout_config_request.additional_properties = d
        return update_workflow_timeout_config_request

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
