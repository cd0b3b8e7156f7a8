from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="HITLApprovalResponse")


@_attrs_define
class HITLApprovalResponse:
    """Response with approval record details.

    Note: 'test_execution_task_id' is kept for API compatibility.

        Attributes:
            id (UUID):
            test_execution_task_id (UUID):
            org_id (str):
            automated_result (bool):
            decision (str):
            final_result (bool):
            timeout_minutes (int):
            created_at (datetime.datetime):
            updated_at (datetime.datetime):
            report_url (str):
            approver_user_id (None | Unset | UUID):
            comments (None | str | Unset):
            approval_timestamp (datetime.datetime | None | Unset):
    """

    id: UUID
    test_execution_task_id: UUID
    org_id: str
    automated_result: bool
    decision: str
    final_result: bool
    timeout_minutes: int
    created_at: datetime.datetime
    updated_at: datetime.datetime
    report_url: str
    approver_user_id: None | Unset | UUID = UNSET
    comments: None | str | Unset = UNSET
    approval_timestamp: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        test_execution_task_id = str(self.test_execution_task_id)

        org_id = self.org_id

        automated_result = self.automated_result

        decision = self.decision

        final_result = self.final_result

        timeout_minutes = self.timeout_minutes

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        report_url = self.report_url

        approver_user_id: None | str | Unset
        if isinstance(self.approver_user_id, Unset):
            approver_user_id = UNSET
        elif isinstance(self.approver_user_id, UUID):
            approver_user_id = str(self.approver_user_id)
        else:
            approver_user_id = self.approver_user_id

        comments: None | str | Unset
        if isinstance(self.comments, Unset):
            comments = UNSET
        else:
            comments = self.comments

        approval_timestamp: None | str | Unset
        if isinstance(self.approval_timestamp, Unset):
            approval_timestamp = UNSET
        elif isinstance(self.approval_timestamp, datetime.datetime):
            approval_timestamp = self.approval_timestamp.isoformat()
        else:
            approval_timestamp = self.approval_timestamp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "test_execution_task_id": test_execution_task_id,
                "org_id": org_id,
                "automated_result": automated_result,
                "decision": decision,
                "final_result": final_result,
                "timeout_minutes": timeout_minutes,
                "created_at": created_at,
                "updated_at": updated_at,
                "report_url": report_url,
            }
        )
        if approver_user_id is not UNSET:
            field_dict["approver_user_id"] = approver_user_id
        if comments is not UNSET:
            field_dict["comments"] = comments
        if approval_timestamp is not UNSET:
            field_dict["approval_timestamp"] = approval_timestamp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        test_execution_task_id = UUID(d.pop("test_execution_task_id"))

        org_id = d.pop("org_id")

        automated_result = d.pop("automated_result")

        decision = d.pop("decision")

        final_result = d.pop("final_result")

        timeout_minutes = d.pop("timeout_minutes")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        report_url = d.pop("report_url")

        def _parse_approver_user_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                approver_user_id_type_0 = UUID(data)

                return approver_user_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        approver_user_id = _parse_approver_user_id(d.pop("approver_user_id", UNSET))

        def _parse_comments(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        comments = _parse_comments(d.pop("comments", UNSET))

        def _parse_approval_timestamp(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                approval_timestamp_type_0 = datetime.datetime.fromisoformat(data)

                return approval_timestamp_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        approval_timestamp = _parse_approval_timestamp(d.pop("approval_timestamp", UNSET))

        hitl_approval_response = cls(
            id=id,
            test_execution_task_id=test_execution_task_id,
            org_id=org_id,
            automated_result=automated_result,
            decision=decision,
            final_result=final_result,
            timeout_minutes=timeout_minutes,
            created_at=created_at,
            updated_at=updated_at,
            report_url=report_url,
            approver_user_id=approver_user_id,
            comments=comments,
            approval_timestamp=approval_timestamp,
        )

        hitl_approval_response.additional_properties = d
        return hitl_approval_response

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
