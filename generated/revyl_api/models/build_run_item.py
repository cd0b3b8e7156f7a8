from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.build_run_item_metadata_type_0 import BuildRunItemMetadataType0
    from ..models.build_run_item_report_metadata_type_0 import BuildRunItemReportMetadataType0


T = TypeVar("T", bound="BuildRunItem")


@_attrs_define
class BuildRunItem:
    """
    Attributes:
        execution_id (str):
        test_id (None | str | Unset):
        test_name (None | str | Unset):
        status (None | str | Unset):
        success (bool | None | Unset):
        started_at (datetime.datetime | None | Unset):
        completed_at (datetime.datetime | None | Unset):
        execution_time_seconds (float | None | Unset):
        source (None | str | Unset):
        resolved_build_version (None | str | Unset):
        metadata (BuildRunItemMetadataType0 | None | Unset):
        report_metadata (BuildRunItemReportMetadataType0 | None | Unset):
    """

    execution_id: str
    test_id: None | str | Unset = UNSET
    test_name: None | str | Unset = UNSET
    status: None | str | Unset = UNSET
    success: bool | None | Unset = UNSET
    started_at: datetime.datetime | None | Unset = UNSET
    completed_at: datetime.datetime | None | Unset = UNSET
    execution_time_seconds: float | None | Unset = UNSET
    source: None | str | Unset = UNSET
    resolved_build_version: None | str | Unset = UNSET
    metadata: BuildRunItemMetadataType0 | None | Unset = UNSET
    report_metadata: BuildRunItemReportMetadataType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.build_run_item_metadata_type_0 import BuildRunItemMetadataType0  # noqa: PLC0415
        from ..models.build_run_item_report_metadata_type_0 import BuildRunItemReportMetadataType0  # noqa: PLC0415

        execution_id = self.execution_id

        test_id: None | str | Unset
        if isinstance(self.test_id, Unset):
            test_id = UNSET
        else:
            test_id = self.test_id

        test_name: None | str | Unset
        if isinstance(self.test_name, Unset):
            test_name = UNSET
        else:
            test_name = self.test_name

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        success: bool | None | Unset
        if isinstance(self.success, Unset):
            success = UNSET
        else:
            success = self.success

        started_at: None | str | Unset
        if isinstance(self.started_at, Unset):
            started_at = UNSET
        elif isinstance(self.started_at, datetime.datetime):
            started_at = self.started_at.isoformat()
        else:
            started_at = self.started_at

        completed_at: None | str | Unset
        if isinstance(self.completed_at, Unset):
            completed_at = UNSET
        elif isinstance(self.completed_at, datetime.datetime):
            completed_at = self.completed_at.isoformat()
        else:
            completed_at = self.completed_at

        execution_time_seconds: float | None | Unset
        if isinstance(self.execution_time_seconds, Unset):
            execution_time_seconds = UNSET
        else:
            execution_time_seconds = self.execution_time_seconds

        source: None | str | Unset
        if isinstance(self.source, Unset):
            source = UNSET
        else:
            source = self.source

        resolved_build_version: None | str | Unset
        if isinstance(self.resolved_build_version, Unset):
            resolved_build_version = UNSET
        else:
            resolved_build_version = self.resolved_build_version

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, BuildRunItemMetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        report_metadata: dict[str, Any] | None | Unset
        if isinstance(self.report_metadata, Unset):
            report_metadata = UNSET
        elif isinstance(self.report_metadata, BuildRunItemReportMetadataType0):
            report_metadata = self.report_metadata.to_dict()
        else:
            report_metadata = self.report_metadata

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "execution_id": execution_id,
            }
        )
        if test_id is not UNSET:
            field_dict["test_id"] = test_id
        if test_name is not UNSET:
            field_dict["test_name"] = test_name
        if status is not UNSET:
            field_dict["status"] = status
        if success is not UNSET:
            field_dict["success"] = success
        if started_at is not UNSET:
            field_dict["started_at"] = started_at
        if completed_at is not UNSET:
            field_dict["completed_at"] = completed_at
        if execution_time_seconds is not UNSET:
            field_dict["execution_time_seconds"] = execution_time_seconds
        if source is not UNSET:
            field_dict["source"] = source
        if resolved_build_version is not UNSET:
            field_dict["resolved_build_version"] = resolved_build_version
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if report_metadata is not UNSET:
            field_dict["report_metadata"] = report_metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.build_run_item_metadata_type_0 import BuildRunItemMetadataType0  # noqa: PLC0415
        from ..models.build_run_item_report_metadata_type_0 import BuildRunItemReportMetadataType0  # noqa: PLC0415

        d = dict(src_dict)
        execution_id = d.pop("execution_id")

        def _parse_test_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        test_id = _parse_test_id(d.pop("test_id", UNSET))

        def _parse_test_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        test_name = _parse_test_name(d.pop("test_name", UNSET))

        def _parse_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_success(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        success = _parse_success(d.pop("success", UNSET))

        def _parse_started_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                started_at_type_0 = datetime.datetime.fromisoformat(data)

                return started_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        started_at = _parse_started_at(d.pop("started_at", UNSET))

        def _parse_completed_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                completed_at_type_0 = datetime.datetime.fromisoformat(data)

                return completed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        completed_at = _parse_completed_at(d.pop("completed_at", UNSET))

        def _parse_execution_time_seconds(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        execution_time_seconds = _parse_execution_time_seconds(d.pop("execution_time_seconds", UNSET))

        def _parse_source(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        source = _parse_source(d.pop("source", UNSET))

        def _parse_resolved_build_version(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        resolved_build_version = _parse_resolved_build_version(d.pop("resolved_build_version", UNSET))

        def _parse_metadata(data: object) -> BuildRunItemMetadataType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_type_0 = BuildRunItemMetadataType0.from_dict(data)

                return metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BuildRunItemMetadataType0 | None | Unset, data)

        metadata = _parse_metadata(d.pop("metadata", UNSET))

        def _parse_report_metadata(data: object) -> BuildRunItemReportMetadataType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                report_metadata_type_0 = BuildRunItemReportMetadataType0.from_dict(data)

                return report_metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BuildRunItemReportMetadataType0 | None | Unset, data)

        report_metadata = _parse_report_metadata(d.pop("report_metadata", UNSET))

        build_run_item = cls(
            execution_id=execution_id,
            test_id=test_id,
            test_name=test_name,
            status=status,
            success=success,
            started_at=started_at,
            completed_at=completed_at,
            execution_time_seconds=execution_time_seconds,
            source=source,
            resolved_build_version=resolved_build_version,
            metadata=metadata,
            report_metadata=report_metadata,
        )

        build_run_item.additional_properties = d
        return build_run_item

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
