from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.exploration_event_create_event_type import (
    ExplorationEventCreateEventType,
    check_exploration_event_create_event_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.exploration_event_create_payload import ExplorationEventCreatePayload


T = TypeVar("T", bound="ExplorationEventCreate")


@_attrs_define
class ExplorationEventCreate:
    """
    Attributes:
        event_type (ExplorationEventCreateEventType):
        title (str):
        run_session_id (None | Unset | UUID):
        session_id (None | Unset | UUID):
        summary (None | str | Unset):
        payload (ExplorationEventCreatePayload | Unset):
    """

    event_type: ExplorationEventCreateEventType
    title: str
    run_session_id: None | Unset | UUID = UNSET
    session_id: None | Unset | UUID = UNSET
    summary: None | str | Unset = UNSET
    payload: ExplorationEventCreatePayload | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_type: str = self.event_type

        title = self.title

        run_session_id: None | str | Unset
        if isinstance(self.run_session_id, Unset):
            run_session_id = UNSET
        elif isinstance(self.run_session_id, UUID):
            run_session_id = str(self.run_session_id)
        else:
            run_session_id = self.run_session_id

        session_id: None | str | Unset
        if isinstance(self.session_id, Unset):
            session_id = UNSET
        elif isinstance(self.session_id, UUID):
            session_id = str(self.session_id)
        else:
            session_id = self.session_id

        summary: None | str | Unset
        if isinstance(self.summary, Unset):
            summary = UNSET
        else:
            summary = self.summary

        payload: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payload, Unset):
            payload = self.payload.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event_type": event_type,
                "title": title,
            }
        )
        if run_session_id is not UNSET:
            field_dict["run_session_id"] = run_session_id
        if session_id is not UNSET:
            field_dict["session_id"] = session_id
        if summary is not UNSET:
            field_dict["summary"] = summary
        if payload is not UNSET:
            field_dict["payload"] = payload

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.exploration_event_create_payload import ExplorationEventCreatePayload  # noqa: PLC0415

        d = dict(src_dict)
        event_type = check_exploration_event_create_event_type(d.pop("event_type"))

        title = d.pop("title")

        def _parse_run_session_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                run_session_id_type_0 = UUID(data)

                return run_session_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        run_session_id = _parse_run_session_id(d.pop("run_session_id", UNSET))

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

        def _parse_summary(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        summary = _parse_summary(d.pop("summary", UNSET))

        _payload = d.pop("payload", UNSET)
        payload: ExplorationEventCreatePayload | Unset
        if isinstance(_payload, Unset):
            payload = UNSET
        else:
            payload = ExplorationEventCreatePayload.from_dict(_payload)

        exploration_event_create = cls(
            event_type=event_type,
            title=title,
            run_session_id=run_session_id,
            session_id=session_id,
            summary=summary,
            payload=payload,
        )

        exploration_event_create.additional_properties = d
        return exploration_event_create

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
