from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.compile_job_progress import CompileJobProgress
    from ..models.compile_result import CompileResult


T = TypeVar("T", bound="CompileRecordingStatusResponse")


@_attrs_define
class CompileRecordingStatusResponse:
    """Response from GET /recordings/compile/{job_id}.

    Attributes:
        job_id (str):
        status (str):
        progress (CompileJobProgress | None | Unset):
        result (CompileResult | None | Unset):
        error (None | str | Unset):
    """

    job_id: str
    status: str
    progress: CompileJobProgress | None | Unset = UNSET
    result: CompileResult | None | Unset = UNSET
    error: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.compile_job_progress import CompileJobProgress  # noqa: PLC0415
        from ..models.compile_result import CompileResult  # noqa: PLC0415

        job_id = self.job_id

        status = self.status

        progress: dict[str, Any] | None | Unset
        if isinstance(self.progress, Unset):
            progress = UNSET
        elif isinstance(self.progress, CompileJobProgress):
            progress = self.progress.to_dict()
        else:
            progress = self.progress

        result: dict[str, Any] | None | Unset
        if isinstance(self.result, Unset):
            result = UNSET
        elif isinstance(self.result, CompileResult):
            result = self.result.to_dict()
        else:
            result = self.result

        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "job_id": job_id,
                "status": status,
            }
        )
        if progress is not UNSET:
            field_dict["progress"] = progress
        if result is not UNSET:
            field_dict["result"] = result
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.compile_job_progress import CompileJobProgress  # noqa: PLC0415
        from ..models.compile_result import CompileResult  # noqa: PLC0415

        d = dict(src_dict)
        job_id = d.pop("job_id")

        status = d.pop("status")

        def _parse_progress(data: object) -> CompileJobProgress | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                progress_type_0 = CompileJobProgress.from_dict(data)

                return progress_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CompileJobProgress | None | Unset, data)

        progress = _parse_progress(d.pop("progress", UNSET))

        def _parse_result(data: object) -> CompileResult | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                result_type_0 = CompileResult.from_dict(data)

                return result_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CompileResult | None | Unset, data)

        result = _parse_result(d.pop("result", UNSET))

        def _parse_error(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error = _parse_error(d.pop("error", UNSET))

        compile_recording_status_response = cls(
            job_id=job_id,
            status=status,
            progress=progress,
            result=result,
            error=error,
        )

        compile_recording_status_response.additional_properties = d
        return compile_recording_status_response

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
