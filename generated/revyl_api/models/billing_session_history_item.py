from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BillingSessionHistoryItem")


@_attrs_define
class BillingSessionHistoryItem:
    """
    Attributes:
        usage_id (str):
        session_id (str):
        platform (str):
        is_real_device (bool):
        duration_seconds (float):
        device_cost_usd (float):
        llm_cost_usd (float):
        total_cost_usd (float):
        billing_status (str):
        billed_at (str):
        session_status (str):
        device_model (None | str | Unset):
        os_version (None | str | Unset):
        session_started_at (None | str | Unset):
        session_ended_at (None | str | Unset):
    """

    usage_id: str
    session_id: str
    platform: str
    is_real_device: bool
    duration_seconds: float
    device_cost_usd: float
    llm_cost_usd: float
    total_cost_usd: float
    billing_status: str
    billed_at: str
    session_status: str
    device_model: None | str | Unset = UNSET
    os_version: None | str | Unset = UNSET
    session_started_at: None | str | Unset = UNSET
    session_ended_at: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        usage_id = self.usage_id

        session_id = self.session_id

        platform = self.platform

        is_real_device = self.is_real_device

        duration_seconds = self.duration_seconds

        device_cost_usd = self.device_cost_usd

        llm_cost_usd = self.llm_cost_usd

        total_cost_usd = self.total_cost_usd

        billing_status = self.billing_status

        billed_at = self.billed_at

        session_status = self.session_status

        device_model: None | str | Unset
        if isinstance(self.device_model, Unset):
            device_model = UNSET
        else:
            device_model = self.device_model

        os_version: None | str | Unset
        if isinstance(self.os_version, Unset):
            os_version = UNSET
        else:
            os_version = self.os_version

        session_started_at: None | str | Unset
        if isinstance(self.session_started_at, Unset):
            session_started_at = UNSET
        else:
            session_started_at = self.session_started_at

        session_ended_at: None | str | Unset
        if isinstance(self.session_ended_at, Unset):
            session_ended_at = UNSET
        else:
            session_ended_at = self.session_ended_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "usage_id": usage_id,
                "session_id": session_id,
                "platform": platform,
                "is_real_device": is_real_device,
                "duration_seconds": duration_seconds,
                "device_cost_usd": device_cost_usd,
                "llm_cost_usd": llm_cost_usd,
                "total_cost_usd": total_cost_usd,
                "billing_status": billing_status,
                "billed_at": billed_at,
                "session_status": session_status,
            }
        )
        if device_model is not UNSET:
            field_dict["device_model"] = device_model
        if os_version is not UNSET:
            field_dict["os_version"] = os_version
        if session_started_at is not UNSET:
            field_dict["session_started_at"] = session_started_at
        if session_ended_at is not UNSET:
            field_dict["session_ended_at"] = session_ended_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        usage_id = d.pop("usage_id")

        session_id = d.pop("session_id")

        platform = d.pop("platform")

        is_real_device = d.pop("is_real_device")

        duration_seconds = d.pop("duration_seconds")

        device_cost_usd = d.pop("device_cost_usd")

        llm_cost_usd = d.pop("llm_cost_usd")

        total_cost_usd = d.pop("total_cost_usd")

        billing_status = d.pop("billing_status")

        billed_at = d.pop("billed_at")

        session_status = d.pop("session_status")

        def _parse_device_model(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        device_model = _parse_device_model(d.pop("device_model", UNSET))

        def _parse_os_version(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        os_version = _parse_os_version(d.pop("os_version", UNSET))

        def _parse_session_started_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        session_started_at = _parse_session_started_at(d.pop("session_started_at", UNSET))

        def _parse_session_ended_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        session_ended_at = _parse_session_ended_at(d.pop("session_ended_at", UNSET))

        billing_session_history_item = cls(
            usage_id=usage_id,
            session_id=session_id,
            platform=platform,
            is_real_device=is_real_device,
            duration_seconds=duration_seconds,
            device_cost_usd=device_cost_usd,
            llm_cost_usd=llm_cost_usd,
            total_cost_usd=total_cost_usd,
            billing_status=billing_status,
            billed_at=billed_at,
            session_status=session_status,
            device_model=device_model,
            os_version=os_version,
            session_started_at=session_started_at,
            session_ended_at=session_ended_at,
        )

        billing_session_history_item.additional_properties = d
        return billing_session_history_item

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
