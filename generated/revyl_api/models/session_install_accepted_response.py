from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SessionInstallAcceptedResponse")


@_attrs_define
class SessionInstallAcceptedResponse:
    """Returned when an async install is accepted. Poll the result via the
    device-proxy: GET /device-proxy/{workflow_run_id}/install_status/{install_id}.

        Attributes:
            install_id (str): Install id to poll for status
            status (str | Unset): Always 'accepted' Default: 'accepted'.
    """

    install_id: str
    status: str | Unset = "accepted"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        install_id = self.install_id

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "install_id": install_id,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        install_id = d.pop("install_id")

        status = d.pop("status", UNSET)

        session_install_accepted_response = cls(
            install_id=install_id,
            status=status,
        )

        session_install_accepted_response.additional_properties = d
        return session_install_accepted_response

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
