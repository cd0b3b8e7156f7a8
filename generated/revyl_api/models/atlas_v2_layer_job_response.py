from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.atlas_v2_layer_job_status import AtlasV2LayerJobStatus, check_atlas_v2_layer_job_status
from ..types import UNSET, Unset

T = TypeVar("T", bound="AtlasV2LayerJobResponse")


@_attrs_define
class AtlasV2LayerJobResponse:
    """
    Attributes:
        job_id (str):
        status (AtlasV2LayerJobStatus | str):
        app_id (str):
        idempotency_key (str):
        build_id (None | str | Unset):
        report_id (None | str | Unset):
        trace_id (None | str | Unset):
        traceparent (None | str | Unset):
        parent_trace_id (None | str | Unset):
    """

    job_id: str
    status: AtlasV2LayerJobStatus | str
    app_id: str
    idempotency_key: str
    build_id: None | str | Unset = UNSET
    report_id: None | str | Unset = UNSET
    trace_id: None | str | Unset = UNSET
    traceparent: None | str | Unset = UNSET
    parent_trace_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        job_id = self.job_id

        status: str
        if isinstance(self.status, str):
            status = self.status
        else:
            status = self.status

        app_id = self.app_id

        idempotency_key = self.idempotency_key

        build_id: None | str | Unset
        if isinstance(self.build_id, Unset):
            build_id = UNSET
        else:
            build_id = self.build_id

        report_id: None | str | Unset
        if isinstance(self.report_id, Unset):
            report_id = UNSET
        else:
            report_id = self.report_id

        trace_id: None | str | Unset
        if isinstance(self.trace_id, Unset):
            trace_id = UNSET
        else:
            trace_id = self.trace_id

        traceparent: None | str | Unset
        if isinstance(self.traceparent, Unset):
            traceparent = UNSET
        else:
            traceparent = self.traceparent

        parent_trace_id: None | str | Unset
        if isinstance(self.parent_trace_id, Unset):
            parent_trace_id = UNSET
        else:
            parent_trace_id = self.parent_trace_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "job_id": job_id,
                "status": status,
                "app_id": app_id,
                "idempotency_key": idempotency_key,
            }
        )
        if build_id is not UNSET:
            field_dict["build_id"] = build_id
        if report_id is not UNSET:
            field_dict["report_id"] = report_id
        if trace_id is not UNSET:
            field_dict["trace_id"] = trace_id
        if traceparent is not UNSET:
            field_dict["traceparent"] = traceparent
        if parent_trace_id is not UNSET:
            field_dict["parent_trace_id"] = parent_trace_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        job_id = d.pop("job_id")

        def _parse_status(data: object) -> AtlasV2LayerJobStatus | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = check_atlas_v2_layer_job_status(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AtlasV2LayerJobStatus | str, data)

        status = _parse_status(d.pop("status"))

        app_id = d.pop("app_id")

        idempotency_key = d.pop("idempotency_key")

        def _parse_build_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        build_id = _parse_build_id(d.pop("build_id", UNSET))

        def _parse_report_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        report_id = _parse_report_id(d.pop("report_id", UNSET))

        def _parse_trace_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        trace_id = _parse_trace_id(d.pop("trace_id", UNSET))

        def _parse_traceparent(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        traceparent = _parse_traceparent(d.pop("traceparent", UNSET))

        def _parse_parent_trace_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        parent_trace_id = _parse_parent_trace_id(d.pop("parent_trace_id", UNSET))

        atlas_v2_layer_job_response = cls(
            job_id=job_id,
            status=status,
            app_id=app_id,
            idempotency_key=idempotency_key,
            build_id=build_id,
            report_id=report_id,
            trace_id=trace_id,
            traceparent=traceparent,
            parent_trace_id=parent_trace_id,
        )

        atlas_v2_layer_job_response.additional_properties = d
        return atlas_v2_layer_job_response

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
