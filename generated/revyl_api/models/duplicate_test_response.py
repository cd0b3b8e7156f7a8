from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DuplicateTestResponse")


@_attrs_define
class DuplicateTestResponse:
    """Response model for test duplication.

    Attributes:
        success (bool): Whether the duplication was successful
        test_id (UUID): ID of the newly created test
        name (str): Name of the duplicated test
        platform (str): Platform of the duplicated test (android/ios)
        message (str): Success or error message
        steps_count (int | Unset): Number of steps/tasks in the duplicated test Default: 0.
        cookies_copied (int | Unset): Number of cookies copied (if applicable) Default: 0.
        variables_copied (int | Unset): Number of custom variables copied Default: 0.
        tags_copied (int | Unset): Number of tags copied Default: 0.
    """

    success: bool
    test_id: UUID
    name: str
    platform: str
    message: str
    steps_count: int | Unset = 0
    cookies_copied: int | Unset = 0
    variables_copied: int | Unset = 0
    tags_copied: int | Unset = 0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        test_id = str(self.test_id)

        name = self.name

        platform = self.platform

        message = self.message

        steps_count = self.steps_count

        cookies_copied = self.cookies_copied

        variables_copied = self.variables_copied

        tags_copied = self.tags_copied

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "test_id": test_id,
                "name": name,
                "platform": platform,
                "message": message,
            }
        )
        if steps_count is not UNSET:
            field_dict["steps_count"] = steps_count
        if cookies_copied is not UNSET:
            field_dict["cookies_copied"] = cookies_copied
        if variables_copied is not UNSET:
            field_dict["variables_copied"] = variables_copied
        if tags_copied is not UNSET:
            field_dict["tags_copied"] = tags_copied

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        success = d.pop("success")

        test_id = UUID(d.pop("test_id"))

        name = d.pop("name")

        platform = d.pop("platform")

        message = d.pop("message")

        steps_count = d.pop("steps_count", UNSET)

        cookies_copied = d.pop("cookies_copied", UNSET)

        variables_copied = d.pop("variables_copied", UNSET)

        tags_copied = d.pop("tags_copied", UNSET)

        duplicate_test_response = cls(
            success=success,
            test_id=test_id,
            name=name,
            platform=platform,
            message=message,
            steps_count=steps_count,
            cookies_copied=cookies_copied,
            variables_copied=variables_copied,
            tags_copied=tags_copied,
        )

        duplicate_test_response.additional_properties = d
        return duplicate_test_response

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
