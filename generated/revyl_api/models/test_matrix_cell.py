from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.test_matrix_cell_failure_details_type_0_item import TestMatrixCellFailureDetailsType0Item


T = TypeVar("T", bound="TestMatrixCell")


@_attrs_define
class TestMatrixCell:
    """
    Attributes:
        build_id (str):
        build_version (str):
        total_runs (int | Unset):  Default: 0.
        passed_runs (int | Unset):  Default: 0.
        failed_runs (int | Unset):  Default: 0.
        cancelled_runs (int | Unset):  Default: 0.
        last_run_at (datetime.datetime | None | Unset):
        top_failure_reason (None | str | Unset):
        failure_details (list[TestMatrixCellFailureDetailsType0Item] | None | Unset):
        test_version_number (int | None | Unset):
        latest_execution_id (None | str | Unset):
    """

    build_id: str
    build_version: str
    total_runs: int | Unset = 0
    passed_runs: int | Unset = 0
    failed_runs: int | Unset = 0
    cancelled_runs: int | Unset = 0
    last_run_at: datetime.datetime | None | Unset = UNSET
    top_failure_reason: None | str | Unset = UNSET
    failure_details: list[TestMatrixCellFailureDetailsType0Item] | None | Unset = UNSET
    test_version_number: int | None | Unset = UNSET
    latest_execution_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        build_id = self.build_id

        build_version = self.build_version

        total_runs = self.total_runs

        passed_runs = self.passed_runs

        failed_runs = self.failed_runs

        cancelled_runs = self.cancelled_runs

        last_run_at: None | str | Unset
        if isinstance(self.last_run_at, Unset):
            last_run_at = UNSET
        elif isinstance(self.last_run_at, datetime.datetime):
            last_run_at = self.last_run_at.isoformat()
        else:
            last_run_at = self.last_run_at

        top_failure_reason: None | str | Unset
        if isinstance(self.top_failure_reason, Unset):
            top_failure_reason = UNSET
        else:
            top_failure_reason = self.top_failure_reason

        failure_details: list[dict[str, Any]] | None | Unset
        if isinstance(self.failure_details, Unset):
            failure_details = UNSET
        elif isinstance(self.failure_details, list):
            failure_details = []
            for failure_details_type_0_item_data in self.failure_details:
                failure_details_type_0_item = failure_details_type_0_item_data.to_dict()
                failure_details.append(failure_details_type_0_item)

        else:
            failure_details = self.failure_details

        test_version_number: int | None | Unset
        if isinstance(self.test_version_number, Unset):
            test_version_number = UNSET
        else:
            test_version_number = self.test_version_number

        latest_execution_id: None | str | Unset
        if isinstance(self.latest_execution_id, Unset):
            latest_execution_id = UNSET
        else:
            latest_execution_id = self.latest_execution_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "build_id": build_id,
                "build_version": build_version,
            }
        )
        if total_runs is not UNSET:
            field_dict["total_runs"] = total_runs
        if passed_runs is not UNSET:
            field_dict["passed_runs"] = passed_runs
        if failed_runs is not UNSET:
            field_dict["failed_runs"] = failed_runs
        if cancelled_runs is not UNSET:
            field_dict["cancelled_runs"] = cancelled_runs
        if last_run_at is not UNSET:
            field_dict["last_run_at"] = last_run_at
        if top_failure_reason is not UNSET:
            field_dict["top_failure_reason"] = top_failure_reason
        if failure_details is not UNSET:
            field_dict["failure_details"] = failure_details
        if test_version_number is not UNSET:
            field_dict["test_version_number"] = test_version_number
        if latest_execution_id is not UNSET:
            field_dict["latest_execution_id"] = latest_execution_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.test_matrix_cell_failure_details_type_0_item import TestMatrixCellFailureDetailsType0Item  # noqa: PLC0415

        d = dict(src_dict)
        build_id = d.pop("build_id")

        build_version = d.pop("build_version")

        total_runs = d.pop("total_runs", UNSET)

        passed_runs = d.pop("passed_runs", UNSET)

        failed_runs = d.pop("failed_runs", UNSET)

        cancelled_runs = d.pop("cancelled_runs", UNSET)

        def _parse_last_run_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_run_at_type_0 = datetime.datetime.fromisoformat(data)

                return last_run_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        last_run_at = _parse_last_run_at(d.pop("last_run_at", UNSET))

        def _parse_top_failure_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        top_failure_reason = _parse_top_failure_reason(d.pop("top_failure_reason", UNSET))

        def _parse_failure_details(data: object) -> list[TestMatrixCellFailureDetailsType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                failure_details_type_0 = []
                _failure_details_type_0 = data
                for failure_details_type_0_item_data in _failure_details_type_0:
                    failure_details_type_0_item = TestMatrixCellFailureDetailsType0Item.from_dict(
                        failure_details_type_0_item_data
                    )

                    failure_details_type_0.append(failure_details_type_0_item)

                return failure_details_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[TestMatrixCellFailureDetailsType0Item] | None | Unset, data)

        failure_details = _parse_failure_details(d.pop("failure_details", UNSET))

        def _parse_test_version_number(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        test_version_number = _parse_test_version_number(d.pop("test_version_number", UNSET))

        def _parse_latest_execution_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        latest_execution_id = _parse_latest_execution_id(d.pop("latest_execution_id", UNSET))

        test_matrix_cell = cls(
            build_id=build_id,
            build_version=build_version,
            total_runs=total_runs,
            passed_runs=passed_runs,
            failed_runs=failed_runs,
            cancelled_runs=cancelled_runs,
            last_run_at=last_run_at,
            top_failure_reason=top_failure_reason,
            failure_details=failure_details,
            test_version_number=test_version_number,
            latest_execution_id=latest_execution_id,
        )

        test_matrix_cell.additional_properties = d
        return test_matrix_cell

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
