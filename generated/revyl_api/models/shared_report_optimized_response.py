from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.running_test_metadata_content import RunningTestMetadataContent
    from ..models.shared_report_optimized_response_metadata_content_type_1 import (
        SharedReportOptimizedResponseMetadataContentType1,
    )


T = TypeVar("T", bound="SharedReportOptimizedResponse")


@_attrs_define
class SharedReportOptimizedResponse:
    """Response model combining shared report metadata, execution history info, and optional video data.
    This is used by the `/shared-report-optimized` endpoint for a single consolidated payload.

        Example:
            {'cached_at': '2024-03-14T12:05:00Z', 'execution_id': 'exec-123', 'history_info': {'duration': 45.5,
                'execution_time': '2024-03-14T12:00:00Z', 'id': 'history-123', 'metadata': 'https://s3.amazonaws.com/...',
                'success': True, 'test_uid': 'test-456'}, 'metadata_content': {'_partial': False}, 'status': 'success'}

        Attributes:
            status (Literal['success']): Status of the request, always 'success' on success
            execution_id (UUID): ID of the test execution record (was task_id)
            cached_at (str): ISO timestamp when this response was created or cached
            metadata_content (None | RunningTestMetadataContent | SharedReportOptimizedResponseMetadataContentType1 |
                Unset): Full or partial metadata content for the execution (can be _partial)
            video_data (Any | None | Unset): Video events or data associated with the test execution, if available
    """

    status: Literal["success"]
    execution_id: UUID
    cached_at: str
    metadata_content: None | RunningTestMetadataContent | SharedReportOptimizedResponseMetadataContentType1 | Unset = (
        UNSET
    )
    video_data: Any | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.running_test_metadata_content import RunningTestMetadataContent  # noqa: PLC0415
        from ..models.shared_report_optimized_response_metadata_content_type_1 import (
            SharedReportOptimizedResponseMetadataContentType1,  # noqa: PLC0415
        )

        status = self.status

        execution_id = str(self.execution_id)

        cached_at = self.cached_at

        metadata_content: dict[str, Any] | None | Unset
        if isinstance(self.metadata_content, Unset):
            metadata_content = UNSET
        elif isinstance(self.metadata_content, RunningTestMetadataContent):
            metadata_content = self.metadata_content.to_dict()
        elif isinstance(self.metadata_content, SharedReportOptimizedResponseMetadataContentType1):
            metadata_content = self.metadata_content.to_dict()
        else:
            metadata_content = self.metadata_content

        video_data: Any | None | Unset
        if isinstance(self.video_data, Unset):
            video_data = UNSET
        else:
            video_data = self.video_data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "execution_id": execution_id,
                "cached_at": cached_at,
            }
        )
        if metadata_content is not UNSET:
            field_dict["metadata_content"] = metadata_content
        if video_data is not UNSET:
            field_dict["video_data"] = video_data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.running_test_metadata_content import RunningTestMetadataContent  # noqa: PLC0415
        from ..models.shared_report_optimized_response_metadata_content_type_1 import (
            SharedReportOptimizedResponseMetadataContentType1,  # noqa: PLC0415
        )

        d = dict(src_dict)
        status = cast(Literal["success"], d.pop("status"))
        if status != "success":
            raise ValueError(f"status must match const 'success', got '{status}'")

        execution_id = UUID(d.pop("execution_id"))

        cached_at = d.pop("cached_at")

        def _parse_metadata_content(
            data: object,
        ) -> None | RunningTestMetadataContent | SharedReportOptimizedResponseMetadataContentType1 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_content_type_0 = RunningTestMetadataContent.from_dict(data)

                return metadata_content_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_content_type_1 = SharedReportOptimizedResponseMetadataContentType1.from_dict(data)

                return metadata_content_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                None | RunningTestMetadataContent | SharedReportOptimizedResponseMetadataContentType1 | Unset, data
            )

        metadata_content = _parse_metadata_content(d.pop("metadata_content", UNSET))

        def _parse_video_data(data: object) -> Any | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(Any | None | Unset, data)

        video_data = _parse_video_data(d.pop("video_data", UNSET))

        shared_report_optimized_response = cls(
            status=status,
            execution_id=execution_id,
            cached_at=cached_at,
            metadata_content=metadata_content,
            video_data=video_data,
        )

        shared_report_optimized_response.additional_properties = d
        return shared_report_optimized_response

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
