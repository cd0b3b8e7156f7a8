from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.async_status import AsyncStatus, check_async_status

T = TypeVar("T", bound="ExecuteWorkflowAsyncAPIResponse")


@_attrs_define
class ExecuteWorkflowAsyncAPIResponse:
    """Response for async workflow execution start.

    Attributes:
        status (AsyncStatus | str):
        message (str):
        id (UUID): Execution ID
        task_id (str): Alias for id, for backwards compatibility with older clients.
    """

    status: AsyncStatus | str
    message: str
    id: UUID
    task_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status: str
        if isinstance(self.status, str):
            status = self.status
        else:
            status = self.status

        message = self.message

        id = str(self.id)

        task_id = self.task_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "message": message,
                "id": id,
                "task_id": task_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_status(data: object) -> AsyncStatus | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = check_async_status(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AsyncStatus | str, data)

        status = _parse_status(d.pop("status"))

        message = d.pop("message")

        id = UUID(d.pop("id"))

        task_id = d.pop("task_id")

        execute_workflow_async_api_response = cls(
            status=status,
            message=message,
            id=id,
            task_id=task_id,
        )

        execute_workflow_async_api_response.additional_properties = d
        return execute_workflow_async_api_response

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
