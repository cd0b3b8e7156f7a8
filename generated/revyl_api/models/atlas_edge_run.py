from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AtlasEdgeRun")


@_attrs_define
class AtlasEdgeRun:
    """A single observed run behind a selected map edge (latest first).

    Powers the transition clip in the edge sidebar: the video timestamps bound
    the source->target delta so the player can loop just that segment.

        Attributes:
            report_id (None | str | Unset):
            execution_id (None | str | Unset):
            session_id (None | str | Unset):
            test_id (None | str | Unset):
            observed_at (datetime.datetime | None | Unset):
            source_step_index (int | None | Unset):
            source_action_index (int | None | Unset):
            source_video_start (float | None | Unset):
            source_video_end (float | None | Unset):
            target_video_start (float | None | Unset):
            target_video_end (float | None | Unset):
    """

    report_id: None | str | Unset = UNSET
    execution_id: None | str | Unset = UNSET
    session_id: None | str | Unset = UNSET
    test_id: None | str | Unset = UNSET
    observed_at: datetime.datetime | None | Unset = UNSET
    source_step_index: int | None | Unset = UNSET
    source_action_index: int | None | Unset = UNSET
    source_video_start: float | None | Unset = UNSET
    source_video_end: float | None | Unset = UNSET
    target_video_start: float | None | Unset = UNSET
    target_video_end: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        report_id: None | str | Unset
        if isinstance(self.report_id, Unset):
            report_id = UNSET
        else:
            report_id = self.report_id

        execution_id: None | str | Unset
        if isinstance(self.execution_id, Unset):
            execution_id = UNSET
        else:
            execution_id = self.execution_id

        session_id: None | str | Unset
        if isinstance(self.session_id, Unset):
            session_id = UNSET
        else:
            session_id = self.session_id

        test_id: None | str | Unset
        if isinstance(self.test_id, Unset):
            test_id = UNSET
        else:
            test_id = self.test_id

        observed_at: None | str | Unset
        if isinstance(self.observed_at, Unset):
            observed_at = UNSET
        elif isinstance(self.observed_at, datetime.datetime):
            observed_at = self.observed_at.isoformat()
        else:
            observed_at = self.observed_at

        source_step_index: int | None | Unset
        if isinstance(self.source_step_index, Unset):
            source_step_index = UNSET
        else:
            source_step_index = self.source_step_index

        source_action_index: int | None | Unset
        if isinstance(self.source_action_index, Unset):
            source_action_index = UNSET
        else:
            source_action_index = self.source_action_index

        source_video_start: float | None | Unset
        if isinstance(self.source_video_start, Unset):
            source_video_start = UNSET
        else:
            source_video_start = self.source_video_start

        source_video_end: float | None | Unset
        if isinstance(self.source_video_end, Unset):
            source_video_end = UNSET
        else:
            source_video_end = self.source_video_end

        target_video_start: float | None | Unset
        if isinstance(self.target_video_start, Unset):
            target_video_start = UNSET
        else:
            target_video_start = self.target_video_start

        target_video_end: float | None | Unset
        if isinstance(self.target_video_end, Unset):
            target_video_end = UNSET
        else:
            target_video_end = self.target_video_end

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if report_id is not UNSET:
            field_dict["report_id"] = report_id
        if execution_id is not UNSET:
            field_dict["execution_id"] = execution_id
        if session_id is not UNSET:
            field_dict["session_id"] = session_id
        if test_id is not UNSET:
            field_dict["test_id"] = test_id
        if observed_at is not UNSET:
            field_dict["observed_at"] = observed_at
        if source_step_index is not UNSET:
            field_dict["source_step_index"] = source_step_index
        if source_action_index is not UNSET:
            field_dict["source_action_index"] = source_action_index
        if source_video_start is not UNSET:
            field_dict["source_video_start"] = source_video_start
        if source_video_end is not UNSET:
            field_dict["source_video_end"] = source_video_end
        if target_video_start is not UNSET:
            field_dict["target_video_start"] = target_video_start
        if target_video_end is not UNSET:
            field_dict["target_video_end"] = target_video_end

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_report_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        report_id = _parse_report_id(d.pop("report_id", UNSET))

        def _parse_execution_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        execution_id = _parse_execution_id(d.pop("execution_id", UNSET))

        def _parse_session_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        session_id = _parse_session_id(d.pop("session_id", UNSET))

        def _parse_test_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        test_id = _parse_test_id(d.pop("test_id", UNSET))

        def _parse_observed_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                observed_at_type_0 = datetime.datetime.fromisoformat(data)

                return observed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        observed_at = _parse_observed_at(d.pop("observed_at", UNSET))

        def _parse_source_step_index(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        source_step_index = _parse_source_step_index(d.pop("source_step_index", UNSET))

        def _parse_source_action_index(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        source_action_index = _parse_source_action_index(d.pop("source_action_index", UNSET))

        def _parse_source_video_start(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        source_video_start = _parse_source_video_start(d.pop("source_video_start", UNSET))

        def _parse_source_video_end(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        source_video_end = _parse_source_video_end(d.pop("source_video_end", UNSET))

        def _parse_target_video_start(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        target_video_start = _parse_target_video_start(d.pop("target_video_start", UNSET))

        def _parse_target_video_end(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        target_video_end = _parse_target_video_end(d.pop("target_video_end", UNSET))

        atlas_edge_run = cls(
            report_id=report_id,
            execution_id=execution_id,
            session_id=session_id,
            test_id=test_id,
            observed_at=observed_at,
            source_step_index=source_step_index,
            source_action_index=source_action_index,
            source_video_start=source_video_start,
            source_video_end=source_video_end,
            target_video_start=target_video_start,
            target_video_end=target_video_end,
        )

        atlas_edge_run.additional_properties = d
        return atlas_edge_run

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
