from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.report_finding_create_kind import ReportFindingCreateKind, check_report_finding_create_kind
from ..models.report_finding_create_source import ReportFindingCreateSource, check_report_finding_create_source
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.report_finding_create_structured_payload import ReportFindingCreateStructuredPayload


T = TypeVar("T", bound="ReportFindingCreate")


@_attrs_define
class ReportFindingCreate:
    """
    Attributes:
        title (str):
        kind (ReportFindingCreateKind | Unset):  Default: 'blocked_setup'.
        source (ReportFindingCreateSource | Unset):  Default: 'exploration'.
        severity (None | str | Unset):  Default: 'medium'.
        body (None | str | Unset):
        feature_area (None | str | Unset):
        screen_name (None | str | Unset):
        what_blocked (None | str | Unset):
        what_customer_can_provide (None | str | Unset):
        exploration_run_session_id (None | Unset | UUID):
        session_id (None | Unset | UUID):
        report_id (None | Unset | UUID):
        report_step_id (None | Unset | UUID):
        report_action_id (None | Unset | UUID):
        structured_payload (ReportFindingCreateStructuredPayload | Unset):
    """

    title: str
    kind: ReportFindingCreateKind | Unset = "blocked_setup"
    source: ReportFindingCreateSource | Unset = "exploration"
    severity: None | str | Unset = "medium"
    body: None | str | Unset = UNSET
    feature_area: None | str | Unset = UNSET
    screen_name: None | str | Unset = UNSET
    what_blocked: None | str | Unset = UNSET
    what_customer_can_provide: None | str | Unset = UNSET
    exploration_run_session_id: None | Unset | UUID = UNSET
    session_id: None | Unset | UUID = UNSET
    report_id: None | Unset | UUID = UNSET
    report_step_id: None | Unset | UUID = UNSET
    report_action_id: None | Unset | UUID = UNSET
    structured_payload: ReportFindingCreateStructuredPayload | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        kind: str | Unset = UNSET
        if not isinstance(self.kind, Unset):
            kind = self.kind

        source: str | Unset = UNSET
        if not isinstance(self.source, Unset):
            source = self.source

        severity: None | str | Unset
        if isinstance(self.severity, Unset):
            severity = UNSET
        else:
            severity = self.severity

        body: None | str | Unset
        if isinstance(self.body, Unset):
            body = UNSET
        else:
            body = self.body

        feature_area: None | str | Unset
        if isinstance(self.feature_area, Unset):
            feature_area = UNSET
        else:
            feature_area = self.feature_area

        screen_name: None | str | Unset
        if isinstance(self.screen_name, Unset):
            screen_name = UNSET
        else:
            screen_name = self.screen_name

        what_blocked: None | str | Unset
        if isinstance(self.what_blocked, Unset):
            what_blocked = UNSET
        else:
            what_blocked = self.what_blocked

        what_customer_can_provide: None | str | Unset
        if isinstance(self.what_customer_can_provide, Unset):
            what_customer_can_provide = UNSET
        else:
            what_customer_can_provide = self.what_customer_can_provide

        exploration_run_session_id: None | str | Unset
        if isinstance(self.exploration_run_session_id, Unset):
            exploration_run_session_id = UNSET
        elif isinstance(self.exploration_run_session_id, UUID):
            exploration_run_session_id = str(self.exploration_run_session_id)
        else:
            exploration_run_session_id = self.exploration_run_session_id

        session_id: None | str | Unset
        if isinstance(self.session_id, Unset):
            session_id = UNSET
        elif isinstance(self.session_id, UUID):
            session_id = str(self.session_id)
        else:
            session_id = self.session_id

        report_id: None | str | Unset
        if isinstance(self.report_id, Unset):
            report_id = UNSET
        elif isinstance(self.report_id, UUID):
            report_id = str(self.report_id)
        else:
            report_id = self.report_id

        report_step_id: None | str | Unset
        if isinstance(self.report_step_id, Unset):
            report_step_id = UNSET
        elif isinstance(self.report_step_id, UUID):
            report_step_id = str(self.report_step_id)
        else:
            report_step_id = self.report_step_id

        report_action_id: None | str | Unset
        if isinstance(self.report_action_id, Unset):
            report_action_id = UNSET
        elif isinstance(self.report_action_id, UUID):
            report_action_id = str(self.report_action_id)
        else:
            report_action_id = self.report_action_id

        structured_payload: dict[str, Any] | Unset = UNSET
        if not isinstance(self.structured_payload, Unset):
            structured_payload = self.structured_payload.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "title": title,
            }
        )
        if kind is not UNSET:
            field_dict["kind"] = kind
        if source is not UNSET:
            field_dict["source"] = source
        if severity is not UNSET:
            field_dict["severity"] = severity
        if body is not UNSET:
            field_dict["body"] = body
        if feature_area is not UNSET:
            field_dict["feature_area"] = feature_area
        if screen_name is not UNSET:
            field_dict["screen_name"] = screen_name
        if what_blocked is not UNSET:
            field_dict["what_blocked"] = what_blocked
        if what_customer_can_provide is not UNSET:
            field_dict["what_customer_can_provide"] = what_customer_can_provide
        if exploration_run_session_id is not UNSET:
            field_dict["exploration_run_session_id"] = exploration_run_session_id
        if session_id is not UNSET:
            field_dict["session_id"] = session_id
        if report_id is not UNSET:
            field_dict["report_id"] = report_id
        if report_step_id is not UNSET:
            field_dict["report_step_id"] = report_step_id
        if report_action_id is not UNSET:
            field_dict["report_action_id"] = report_action_id
        if structured_payload is not UNSET:
            field_dict["structured_payload"] = structured_payload

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.report_finding_create_structured_payload import ReportFindingCreateStructuredPayload  # noqa: PLC0415

        d = dict(src_dict)
        title = d.pop("title")

        _kind = d.pop("kind", UNSET)
        kind: ReportFindingCreateKind | Unset
        if isinstance(_kind, Unset):
            kind = UNSET
        else:
            kind = check_report_finding_create_kind(_kind)

        _source = d.pop("source", UNSET)
        source: ReportFindingCreateSource | Unset
        if isinstance(_source, Unset):
            source = UNSET
        else:
            source = check_report_finding_create_source(_source)

        def _parse_severity(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        severity = _parse_severity(d.pop("severity", UNSET))

        def _parse_body(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        body = _parse_body(d.pop("body", UNSET))

        def _parse_feature_area(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        feature_area = _parse_feature_area(d.pop("feature_area", UNSET))

        def _parse_screen_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        screen_name = _parse_screen_name(d.pop("screen_name", UNSET))

        def _parse_what_blocked(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        what_blocked = _parse_what_blocked(d.pop("what_blocked", UNSET))

        def _parse_what_customer_can_provide(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        what_customer_can_provide = _parse_what_customer_can_provide(d.pop("what_customer_can_provide", UNSET))

        def _parse_exploration_run_session_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                exploration_run_session_id_type_0 = UUID(data)

                return exploration_run_session_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        exploration_run_session_id = _parse_exploration_run_session_id(d.pop("exploration_run_session_id", UNSET))

        def _parse_session_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                session_id_type_0 = UUID(data)

                return session_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        session_id = _parse_session_id(d.pop("session_id", UNSET))

        def _parse_report_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                report_id_type_0 = UUID(data)

                return report_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        report_id = _parse_report_id(d.pop("report_id", UNSET))

        def _parse_report_step_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                report_step_id_type_0 = UUID(data)

                return report_step_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        report_step_id = _parse_report_step_id(d.pop("report_step_id", UNSET))

        def _parse_report_action_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                report_action_id_type_0 = UUID(data)

                return report_action_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        report_action_id = _parse_report_action_id(d.pop("report_action_id", UNSET))

        _structured_payload = d.pop("structured_payload", UNSET)
        structured_payload: ReportFindingCreateStructuredPayload | Unset
        if isinstance(_structured_payload, Unset):
            structured_payload = UNSET
        else:
            structured_payload = ReportFindingCreateStructuredPayload.from_dict(_structured_payload)

        report_finding_create = cls(
            title=title,
            kind=kind,
            source=source,
            severity=severity,
            body=body,
            feature_area=feature_area,
            screen_name=screen_name,
            what_blocked=what_blocked,
            what_customer_can_provide=what_customer_can_provide,
            exploration_run_session_id=exploration_run_session_id,
            session_id=session_id,
            report_id=report_id,
            report_step_id=report_step_id,
            report_action_id=report_action_id,
            structured_payload=structured_payload,
        )

        report_finding_create.additional_properties = d
        return report_finding_create

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
