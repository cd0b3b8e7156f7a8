from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.remote_build_phase_timing import RemoteBuildPhaseTiming


T = TypeVar("T", bound="RemoteBuildStatusResponse")


@_attrs_define
class RemoteBuildStatusResponse:
    """Status payload returned when polling a remote build.

    Attributes:
        status: Current public build status.
        version_id: UUID of the created build version on success.
        version: Version string of the created build.
        error: Error message when the build has failed.
        phase: Detailed failure/status phase when available.
        suggested_fix: Suggested next action when available.
        candidate_artifacts: Candidate output artifacts when discovery failed.
        artifact_type: Artifact type created by the build.
        package_id: Bundle/package identifier extracted from the artifact.
        app_id: UUID of the app built.
        platform: Build platform.
        started_at: ISO timestamp when the build started executing.
        completed_at: ISO timestamp when the build finished.
        duration_ms: Build duration in milliseconds when known.
        phase_timings: Per-phase build timings when emitted by the worker.
        timeout_seconds: Server-enforced build timeout in seconds when known.

        Attributes:
            status (str):
            version_id (None | str | Unset):
            version (None | str | Unset):
            error (None | str | Unset):
            phase (None | str | Unset):
            suggested_fix (None | str | Unset):
            candidate_artifacts (list[str] | None | Unset):
            artifact_type (None | str | Unset):
            package_id (None | str | Unset):
            app_id (None | str | Unset):
            platform (None | str | Unset):
            started_at (datetime.datetime | None | Unset):
            completed_at (datetime.datetime | None | Unset):
            duration_ms (int | None | Unset):
            phase_timings (list[RemoteBuildPhaseTiming] | None | Unset):
            timeout_seconds (int | None | Unset):
    """

    status: str
    version_id: None | str | Unset = UNSET
    version: None | str | Unset = UNSET
    error: None | str | Unset = UNSET
    phase: None | str | Unset = UNSET
    suggested_fix: None | str | Unset = UNSET
    candidate_artifacts: list[str] | None | Unset = UNSET
    artifact_type: None | str | Unset = UNSET
    package_id: None | str | Unset = UNSET
    app_id: None | str | Unset = UNSET
    platform: None | str | Unset = UNSET
    started_at: datetime.datetime | None | Unset = UNSET
    completed_at: datetime.datetime | None | Unset = UNSET
    duration_ms: int | None | Unset = UNSET
    phase_timings: list[RemoteBuildPhaseTiming] | None | Unset = UNSET
    timeout_seconds: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        version_id: None | str | Unset
        if isinstance(self.version_id, Unset):
            version_id = UNSET
        else:
            version_id = self.version_id

        version: None | str | Unset
        if isinstance(self.version, Unset):
            version = UNSET
        else:
            version = self.version

        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        phase: None | str | Unset
        if isinstance(self.phase, Unset):
            phase = UNSET
        else:
            phase = self.phase

        suggested_fix: None | str | Unset
        if isinstance(self.suggested_fix, Unset):
            suggested_fix = UNSET
        else:
            suggested_fix = self.suggested_fix

        candidate_artifacts: list[str] | None | Unset
        if isinstance(self.candidate_artifacts, Unset):
            candidate_artifacts = UNSET
        elif isinstance(self.candidate_artifacts, list):
            candidate_artifacts = self.candidate_artifacts

        else:
            candidate_artifacts = self.candidate_artifacts

        artifact_type: None | str | Unset
        if isinstance(self.artifact_type, Unset):
            artifact_type = UNSET
        else:
            artifact_type = self.artifact_type

        package_id: None | str | Unset
        if isinstance(self.package_id, Unset):
            package_id = UNSET
        else:
            package_id = self.package_id

        app_id: None | str | Unset
        if isinstance(self.app_id, Unset):
            app_id = UNSET
        else:
            app_id = self.app_id

        platform: None | str | Unset
        if isinstance(self.platform, Unset):
            platform = UNSET
        else:
            platform = self.platform

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

        duration_ms: int | None | Unset
        if isinstance(self.duration_ms, Unset):
            duration_ms = UNSET
        else:
            duration_ms = self.duration_ms

        phase_timings: list[dict[str, Any]] | None | Unset
        if isinstance(self.phase_timings, Unset):
            phase_timings = UNSET
        elif isinstance(self.phase_timings, list):
            phase_timings = []
            for phase_timings_type_0_item_data in self.phase_timings:
                phase_timings_type_0_item = phase_timings_type_0_item_data.to_dict()
                phase_timings.append(phase_timings_type_0_item)

        else:
            phase_timings = self.phase_timings

        timeout_seconds: int | None | Unset
        if isinstance(self.timeout_seconds, Unset):
            timeout_seconds = UNSET
        else:
            timeout_seconds = self.timeout_seconds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
            }
        )
        if version_id is not UNSET:
            field_dict["version_id"] = version_id
        if version is not UNSET:
            field_dict["version"] = version
        if error is not UNSET:
            field_dict["error"] = error
        if phase is not UNSET:
            field_dict["phase"] = phase
        if suggested_fix is not UNSET:
            field_dict["suggested_fix"] = suggested_fix
        if candidate_artifacts is not UNSET:
            field_dict["candidate_artifacts"] = candidate_artifacts
        if artifact_type is not UNSET:
            field_dict["artifact_type"] = artifact_type
        if package_id is not UNSET:
            field_dict["package_id"] = package_id
        if app_id is not UNSET:
            field_dict["app_id"] = app_id
        if platform is not UNSET:
            field_dict["platform"] = platform
        if started_at is not UNSET:
            field_dict["started_at"] = started_at
        if completed_at is not UNSET:
            field_dict["completed_at"] = completed_at
        if duration_ms is not UNSET:
            field_dict["duration_ms"] = duration_ms
        if phase_timings is not UNSET:
            field_dict["phase_timings"] = phase_timings
        if timeout_seconds is not UNSET:
            field_dict["timeout_seconds"] = timeout_seconds

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.remote_build_phase_timing import RemoteBuildPhaseTiming  # noqa: PLC0415

        d = dict(src_dict)
        status = d.pop("status")

        def _parse_version_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        version_id = _parse_version_id(d.pop("version_id", UNSET))

        def _parse_version(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        version = _parse_version(d.pop("version", UNSET))

        def _parse_error(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error = _parse_error(d.pop("error", UNSET))

        def _parse_phase(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        phase = _parse_phase(d.pop("phase", UNSET))

        def _parse_suggested_fix(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        suggested_fix = _parse_suggested_fix(d.pop("suggested_fix", UNSET))

        def _parse_candidate_artifacts(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                candidate_artifacts_type_0 = cast(list[str], data)

                return candidate_artifacts_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        candidate_artifacts = _parse_candidate_artifacts(d.pop("candidate_artifacts", UNSET))

        def _parse_artifact_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        artifact_type = _parse_artifact_type(d.pop("artifact_type", UNSET))

        def _parse_package_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        package_id = _parse_package_id(d.pop("package_id", UNSET))

        def _parse_app_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        app_id = _parse_app_id(d.pop("app_id", UNSET))

        def _parse_platform(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        platform = _parse_platform(d.pop("platform", UNSET))

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

        def _parse_duration_ms(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        duration_ms = _parse_duration_ms(d.pop("duration_ms", UNSET))

        def _parse_phase_timings(data: object) -> list[RemoteBuildPhaseTiming] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                phase_timings_type_0 = []
                _phase_timings_type_0 = data
                for phase_timings_type_0_item_data in _phase_timings_type_0:
                    phase_timings_type_0_item = RemoteBuildPhaseTiming.from_dict(phase_timings_type_0_item_data)

                    phase_timings_type_0.append(phase_timings_type_0_item)

                return phase_timings_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[RemoteBuildPhaseTiming] | None | Unset, data)

        phase_timings = _parse_phase_timings(d.pop("phase_timings", UNSET))

        def _parse_timeout_seconds(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        timeout_seconds = _parse_timeout_seconds(d.pop("timeout_seconds", UNSET))

        remote_build_status_response = cls(
            status=status,
            version_id=version_id,
            version=version,
            error=error,
            phase=phase,
            suggested_fix=suggested_fix,
            candidate_artifacts=candidate_artifacts,
            artifact_type=artifact_type,
            package_id=package_id,
            app_id=app_id,
            platform=platform,
            started_at=started_at,
            completed_at=completed_at,
            duration_ms=duration_ms,
            phase_timings=phase_timings,
            timeout_seconds=timeout_seconds,
        )

        remote_build_status_response.additional_properties = d
        return remote_build_status_response

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
