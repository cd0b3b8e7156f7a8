from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RemoteBuildTriggerResponse")


@_attrs_define
class RemoteBuildTriggerResponse:
    """Response returned immediately after a build is enqueued.

    Attributes:
        build_job_id: Unique identifier used to poll build status.
        status: Initial public status (usually ``pending``).

        Attributes:
            build_job_id (str):
            status (str | Unset):  Default: 'pending'.
    """

    build_job_id: str
    status: str | Unset = "pending"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        build_job_id = self.build_job_id

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "build_job_id": build_job_id,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        build_job_id = d.pop("build_job_id")

        status = d.pop("status", UNSET)

        remote_build_trigger_response = cls(
            build_job_id=build_job_id,
            status=status,
        )

        remote_build_trigger_response.additional_properties = d
        return remote_build_trigger_response

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
