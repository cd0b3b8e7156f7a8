from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.validation_type_enum import ValidationTypeEnum, check_validation_type_enum
from ..types import UNSET, Unset

T = TypeVar("T", bound="ValidationRequest")


@_attrs_define
class ValidationRequest:
    """Request model for YAML validation

    Attributes:
        yaml_content (str): YAML content to validate
        validation_type (ValidationTypeEnum | Unset): Types of YAML validation supported
        platform (None | str | Unset): Target platform for validation
    """

    yaml_content: str
    validation_type: ValidationTypeEnum | Unset = UNSET
    platform: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        yaml_content = self.yaml_content

        validation_type: str | Unset = UNSET
        if not isinstance(self.validation_type, Unset):
            validation_type = self.validation_type

        platform: None | str | Unset
        if isinstance(self.platform, Unset):
            platform = UNSET
        else:
            platform = self.platform

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "yaml_content": yaml_content,
            }
        )
        if validation_type is not UNSET:
            field_dict["validation_type"] = validation_type
        if platform is not UNSET:
            field_dict["platform"] = platform

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        yaml_content = d.pop("yaml_content")

        _validation_type = d.pop("validation_type", UNSET)
        validation_type: ValidationTypeEnum | Unset
        if isinstance(_validation_type, Unset):
            validation_type = UNSET
        else:
            validation_type = check_validation_type_enum(_validation_type)

        def _parse_platform(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        platform = _parse_platform(d.pop("platform", UNSET))

        validation_request = cls(
            yaml_content=yaml_content,
            validation_type=validation_type,
            platform=platform,
        )

        validation_request.additional_properties = d
        return validation_request

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
