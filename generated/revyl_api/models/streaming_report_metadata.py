from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.streaming_step_result import StreamingStepResult


T = TypeVar("T", bound="StreamingReportMetadata")


@_attrs_define
class StreamingReportMetadata:
    """DEPRECATED: Metadata persisted in the database for streaming reports.

    Used only for reading legacy S3 reports. New reports use the
    reports_v3 database tables directly.

        Attributes:
            version (str):
            manifest_url (str):
            created_at (datetime.datetime):
            status (str):
            viewable (bool):
            has_tldr (bool):
            steps_uploaded (int):
            type_ (str | Unset):  Default: 'streaming'.
            completed_at (datetime.datetime | None | Unset):
            step_results (list[StreamingStepResult] | Unset):
            total_validations (int | Unset):  Default: 0.
            validations_passed (int | Unset):  Default: 0.
            test_name (None | str | Unset):
            platform (None | str | Unset):
            test_id (None | str | Unset):
    """

    version: str
    manifest_url: str
    created_at: datetime.datetime
    status: str
    viewable: bool
    has_tldr: bool
    steps_uploaded: int
    type_: str | Unset = "streaming"
    completed_at: datetime.datetime | None | Unset = UNSET
    step_results: list[StreamingStepResult] | Unset = UNSET
    total_validations: int | Unset = 0
    validations_passed: int | Unset = 0
    test_name: None | str | Unset = UNSET
    platform: None | str | Unset = UNSET
    test_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        version = self.version

        manifest_url = self.manifest_url

        created_at = self.created_at.isoformat()

        status = self.status

        viewable = self.viewable

        has_tldr = self.has_tldr

        steps_uploaded = self.steps_uploaded

        type_ = self.type_

        completed_at: None | str | Unset
        if isinstance(self.completed_at, Unset):
            completed_at = UNSET
        elif isinstance(self.completed_at, datetime.datetime):
            completed_at = self.completed_at.isoformat()
        else:
            completed_at = self.completed_at

        step_results: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.step_results, Unset):
            step_results = []
            for step_results_item_data in self.step_results:
                step_results_item = step_results_item_data.to_dict()
                step_results.append(step_results_item)

        total_validations = self.total_validations

        validations_passed = self.validations_passed

        test_name: None | str | Unset
        if isinstance(self.test_name, Unset):
            test_name = UNSET
        else:
            test_name = self.test_name

        platform: None | str | Unset
        if isinstance(self.platform, Unset):
            platform = UNSET
        else:
            platform = self.platform

        test_id: None | str | Unset
        if isinstance(self.test_id, Unset):
            test_id = UNSET
        else:
            test_id = self.test_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "version": version,
                "manifest_url": manifest_url,
                "created_at": created_at,
                "status": status,
                "viewable": viewable,
                "has_tldr": has_tldr,
                "steps_uploaded": steps_uploaded,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if completed_at is not UNSET:
            field_dict["completed_at"] = completed_at
        if step_results is not UNSET:
            field_dict["step_results"] = step_results
        if total_validations is not UNSET:
            field_dict["total_validations"] = total_validations
        if validations_passed is not UNSET:
            field_dict["validations_passed"] = validations_passed
        if test_name is not UNSET:
            field_dict["test_name"] = test_name
        if platform is not UNSET:
            field_dict["platform"] = platform
        if test_id is not UNSET:
            field_dict["test_id"] = test_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.streaming_step_result import StreamingStepResult  # noqa: PLC0415

        d = dict(src_dict)
        version = d.pop("version")

        manifest_url = d.pop("manifest_url")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        status = d.pop("status")

        viewable = d.pop("viewable")

        has_tldr = d.pop("has_tldr")

        steps_uploaded = d.pop("steps_uploaded")

        type_ = d.pop("type", UNSET)

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

        _step_results = d.pop("step_results", UNSET)
        step_results: list[StreamingStepResult] | Unset = UNSET
        if _step_results is not UNSET:
            step_results = []
            for step_results_item_data in _step_results:
                step_results_item = StreamingStepResult.from_dict(step_results_item_data)

                step_results.append(step_results_item)

        total_validations = d.pop("total_validations", UNSET)

        validations_passed = d.pop("validations_passed", UNSET)

        def _parse_test_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        test_name = _parse_test_name(d.pop("test_name", UNSET))

        def _parse_platform(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        platform = _parse_platform(d.pop("platform", UNSET))

        def _parse_test_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        test_id = _parse_test_id(d.pop("test_id", UNSET))

        streaming_report_metadata = cls(
            version=version,
            manifest_url=manifest_url,
            created_at=created_at,
            status=status,
            viewable=viewable,
            has_tldr=has_tldr,
            steps_uploaded=steps_uploaded,
            type_=type_,
            completed_at=completed_at,
            step_results=step_results,
            total_validations=total_validations,
            validations_passed=validations_passed,
            test_name=test_name,
            platform=platform,
            test_id=test_id,
        )

        streaming_report_metadata.additional_properties = d
        return streaming_report_metadata

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
