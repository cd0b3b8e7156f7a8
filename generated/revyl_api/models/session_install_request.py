from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.session_install_request_install_mode_type_0 import (
    SessionInstallRequestInstallModeType0,
    check_session_install_request_install_mode_type_0,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="SessionInstallRequest")


@_attrs_define
class SessionInstallRequest:
    """Request body to install a previously-uploaded app onto the session.

    Attributes:
        s3_key (str): s3_key returned by the app-upload-url endpoint
        install_mode (None | SessionInstallRequestInstallModeType0 | Unset): Worker install strategy; omit for the
            default install
    """

    s3_key: str
    install_mode: None | SessionInstallRequestInstallModeType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        s3_key = self.s3_key

        install_mode: None | str | Unset
        if isinstance(self.install_mode, Unset):
            install_mode = UNSET
        elif isinstance(self.install_mode, str):
            install_mode = self.install_mode
        else:
            install_mode = self.install_mode

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "s3_key": s3_key,
            }
        )
        if install_mode is not UNSET:
            field_dict["install_mode"] = install_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        s3_key = d.pop("s3_key")

        def _parse_install_mode(data: object) -> None | SessionInstallRequestInstallModeType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                install_mode_type_0 = check_session_install_request_install_mode_type_0(data)

                return install_mode_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SessionInstallRequestInstallModeType0 | Unset, data)

        install_mode = _parse_install_mode(d.pop("install_mode", UNSET))

        session_install_request = cls(
            s3_key=s3_key,
            install_mode=install_mode,
        )

        session_install_request.additional_properties = d
        return session_install_request

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
