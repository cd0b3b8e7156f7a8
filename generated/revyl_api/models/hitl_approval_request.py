from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="HITLApprovalRequest")


@_attrs_define
class HITLApprovalRequest:
    """Request to create HITL approval record.

    Note: 'test_execution_task_id' is kept for API compatibility.
    Internally this maps to 'test_execution_id' in the new schema.

        Attributes:
            test_execution_task_id (UUID):
            org_id (str):
            user_id (str):
            automated_result (bool):
            report_url (str):
            timeout_minutes (int | Unset):  Default: 30.
    """

    test_execution_task_id: UUID
    org_id: str
    user_id: str
    automated_result: bool
    report_url: str
    timeout_minutes: int | Unset = 30
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        test_execution_task_id = str(self.test_execution_task_id)

        org_id = self.org_id

        user_id = self.user_id

        automated_result = self.automated_result

        report_url = self.report_url

        timeout_minutes = self.timeout_minutes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "test_execution_task_id": test_execution_task_id,
                "org_id": org_id,
                "user_id": user_id,
                "automated_result": automated_result,
                "report_url": report_url,
            }
        )
        if timeout_minutes is not UNSET:
            field_dict["timeout_minutes"] = timeout_minutes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        test_execution_task_id = UUID(d.pop("test_execution_task_id"))

        org_id = d.pop("org_id")

        user_id = d.pop("user_id")

        automated_result = d.pop("automated_result")

        report_url = d.pop("report_url")

        timeout_minutes = d.pop("timeout_minutes", UNSET)

        hitl_approval_request = cls(
            test_execution_task_id=test_execution_task_id,
            org_id=org_id,
            user_id=user_id,
            automated_result=automated_result,
            report_url=report_url,
            timeout_minutes=timeout_minutes,
        )

        hitl_approval_request.additional_properties = d
        return hitl_approval_request

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
