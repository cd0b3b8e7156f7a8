from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RunningTestCoreInfo")


@_attrs_define
class RunningTestCoreInfo:
    """Core identification info for a running test.

    Attributes:
        test_name (str): Name of the test
        platform (str): Platform (ios, android)
        test_id (None | Unset | UUID): Test identifier
    """

    test_name: str
    platform: str
    test_id: None | Unset | UUID = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        test_name = self.test_name

        platform = self.platform

        test_id: None | str | Unset
        if isinstance(self.test_id, Unset):
            test_id = UNSET
        elif isinstance(self.test_id, UUID):
            test_id = str(self.test_id)
        else:
            test_id = self.test_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "test_name": test_name,
                "platform": platform,
            }
        )
        if test_id is not UNSET:
            field_dict["test_id"] = test_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        test_name = d.pop("test_name")

        platform = d.pop("platform")

        def _parse_test_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                test_id_type_0 = UUID(data)

                return test_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        test_id = _parse_test_id(d.pop("test_id", UNSET))

        running_test_core_info = cls(
            test_name=test_name,
            platform=platform,
            test_id=test_id,
        )

        running_test_core_info.additional_properties = d
        return running_test_core_info

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
