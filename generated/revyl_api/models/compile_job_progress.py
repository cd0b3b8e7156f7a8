from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.compile_job_status import CompileJobStatus, check_compile_job_status
from ..types import UNSET, Unset

T = TypeVar("T", bound="CompileJobProgress")


@_attrs_define
class CompileJobProgress:
    """Progress metadata returned by the status endpoint.

    Attributes:
        stage (CompileJobStatus | str | Unset): Lifecycle states for a recording compile job.
        total_chunks (int | Unset):  Default: 0.
        completed_chunks (int | Unset):  Default: 0.
        completed_chunk_indices (list[int] | None | Unset): Which specific chunk indices have completed
        message (None | str | Unset): Human-readable progress note
    """

    stage: CompileJobStatus | str | Unset = UNSET
    total_chunks: int | Unset = 0
    completed_chunks: int | Unset = 0
    completed_chunk_indices: list[int] | None | Unset = UNSET
    message: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        stage: str | Unset
        if isinstance(self.stage, Unset):
            stage = UNSET
        elif isinstance(self.stage, str):
            stage = self.stage
        else:
            stage = self.stage

        total_chunks = self.total_chunks

        completed_chunks = self.completed_chunks

        completed_chunk_indices: list[int] | None | Unset
        if isinstance(self.completed_chunk_indices, Unset):
            completed_chunk_indices = UNSET
        elif isinstance(self.completed_chunk_indices, list):
            completed_chunk_indices = self.completed_chunk_indices

        else:
            completed_chunk_indices = self.completed_chunk_indices

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if stage is not UNSET:
            field_dict["stage"] = stage
        if total_chunks is not UNSET:
            field_dict["total_chunks"] = total_chunks
        if completed_chunks is not UNSET:
            field_dict["completed_chunks"] = completed_chunks
        if completed_chunk_indices is not UNSET:
            field_dict["completed_chunk_indices"] = completed_chunk_indices
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_stage(data: object) -> CompileJobStatus | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                stage_type_0 = check_compile_job_status(data)

                return stage_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CompileJobStatus | str | Unset, data)

        stage = _parse_stage(d.pop("stage", UNSET))

        total_chunks = d.pop("total_chunks", UNSET)

        completed_chunks = d.pop("completed_chunks", UNSET)

        def _parse_completed_chunk_indices(data: object) -> list[int] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                completed_chunk_indices_type_0 = cast(list[int], data)

                return completed_chunk_indices_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[int] | None | Unset, data)

        completed_chunk_indices = _parse_completed_chunk_indices(d.pop("completed_chunk_indices", UNSET))

        def _parse_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message = _parse_message(d.pop("message", UNSET))

        compile_job_progress = cls(
            stage=stage,
            total_chunks=total_chunks,
            completed_chunks=completed_chunks,
            completed_chunk_indices=completed_chunk_indices,
            message=message,
        )

        compile_job_progress.additional_properties = d
        return compile_job_progress

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
