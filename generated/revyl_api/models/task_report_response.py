from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sharded_report_metadata import ShardedReportMetadata
    from ..models.streaming_report_metadata import StreamingReportMetadata


T = TypeVar("T", bound="TaskReportResponse")


@_attrs_define
class TaskReportResponse:
    """Response model for task report endpoint.

    Uses 'id' as the primary identifier (was 'task_id' in old schema).
    'source' replaces 'user_id' to indicate how the test was triggered.

        Attributes:
            id (UUID):
            test_id (UUID):
            success (bool):
            duration (float):
            report_metadata (ShardedReportMetadata | StreamingReportMetadata):
            status (str):
            source (str | Unset): Execution source: ui, cli, api, ci_cd, or workflow Default: 'ui'.
            completed_at (None | str | Unset):
    """

    id: UUID
    test_id: UUID
    success: bool
    duration: float
    report_metadata: ShardedReportMetadata | StreamingReportMetadata
    status: str
    source: str | Unset = "ui"
    completed_at: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.streaming_report_metadata import StreamingReportMetadata  # noqa: PLC0415

        id = str(self.id)

        test_id = str(self.test_id)

        success = self.success

        duration = self.duration

        report_metadata: dict[str, Any]
        if isinstance(self.report_metadata, StreamingReportMetadata):
            report_metadata = self.report_metadata.to_dict()
        else:
            report_metadata = self.report_metadata.to_dict()

        status = self.status

        source = self.source

        completed_at: None | str | Unset
        if isinstance(self.completed_at, Unset):
            completed_at = UNSET
        else:
            completed_at = self.completed_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "test_id": test_id,
                "success": success,
                "duration": duration,
                "report_metadata": report_metadata,
                "status": status,
            }
        )
        if source is not UNSET:
            field_dict["source"] = source
        if completed_at is not UNSET:
            field_dict["completed_at"] = completed_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sharded_report_metadata import ShardedReportMetadata  # noqa: PLC0415
        from ..models.streaming_report_metadata import StreamingReportMetadata  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        test_id = UUID(d.pop("test_id"))

        success = d.pop("success")

        duration = d.pop("duration")

        def _parse_report_metadata(data: object) -> ShardedReportMetadata | StreamingReportMetadata:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                report_metadata_type_0 = StreamingReportMetadata.from_dict(data)

                return report_metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            report_metadata_type_1 = ShardedReportMetadata.from_dict(data)

            return report_metadata_type_1

        report_metadata = _parse_report_metadata(d.pop("report_metadata"))

        status = d.pop("status")

        source = d.pop("source", UNSET)

        def _parse_completed_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        completed_at = _parse_completed_at(d.pop("completed_at", UNSET))

        task_report_response = cls(
            id=id,
            test_id=test_id,
            success=success,
            duration=duration,
            report_metadata=report_metadata,
            status=status,
            source=source,
            completed_at=completed_at,
        )

        task_report_response.additional_properties = d
        return task_report_response

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
