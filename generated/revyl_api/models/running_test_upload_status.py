from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RunningTestUploadStatus")


@_attrs_define
class RunningTestUploadStatus:
    """Upload status for a running test.

    Attributes:
        status (Literal['test_running'] | Unset): Status indicating test is still running Default: 'test_running'.
        message (str | Unset): Human-readable status message Default: 'Test execution is still in progress'.
    """

    status: Literal["test_running"] | Unset = "test_running"
    message: str | Unset = "Test execution is still in progress"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = cast(Literal["test_running"] | Unset, d.pop("status", UNSET))
        if status != "test_running" and not isinstance(status, Unset):
            raise ValueError(f"status must match const 'test_running', got '{status}'")

        message = d.pop("message", UNSET)

        running_test_upload_status = cls(
            status=status,
            message=message,
        )

        running_test_upload_status.additional_properties = d
        return running_test_upload_status

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
