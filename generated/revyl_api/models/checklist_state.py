from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ChecklistState")


@_attrs_define
class ChecklistState:
    """
    Attributes:
        app_uploaded (bool | Unset):  Default: False.
        session_started (bool | Unset):  Default: False.
        test_created (bool | Unset):  Default: False.
    """

    app_uploaded: bool | Unset = False
    session_started: bool | Unset = False
    test_created: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        app_uploaded = self.app_uploaded

        session_started = self.session_started

        test_created = self.test_created

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if app_uploaded is not UNSET:
            field_dict["app_uploaded"] = app_uploaded
        if session_started is not UNSET:
            field_dict["session_started"] = session_started
        if test_created is not UNSET:
            field_dict["test_created"] = test_created

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        app_uploaded = d.pop("app_uploaded", UNSET)

        session_started = d.pop("session_started", UNSET)

        test_created = d.pop("test_created", UNSET)

        checklist_state = cls(
            app_uploaded=app_uploaded,
            session_started=session_started,
            test_created=test_created,
        )

        checklist_state.additional_properties = d
        return checklist_state

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
