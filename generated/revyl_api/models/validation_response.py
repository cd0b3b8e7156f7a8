from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.validation_type_enum import ValidationTypeEnum, check_validation_type_enum

if TYPE_CHECKING:
    from ..models.validation_response_messages_item import ValidationResponseMessagesItem


T = TypeVar("T", bound="ValidationResponse")


@_attrs_define
class ValidationResponse:
    """Response model for YAML validation

    Attributes:
        is_valid (bool): Whether the YAML is valid
        validation_type (str | ValidationTypeEnum): Types of YAML validation supported
        errors (int): Number of errors found
        warnings (int): Number of warnings found
        messages (list[ValidationResponseMessagesItem]): Validation messages
    """

    is_valid: bool
    validation_type: str | ValidationTypeEnum
    errors: int
    warnings: int
    messages: list[ValidationResponseMessagesItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_valid = self.is_valid

        validation_type: str
        if isinstance(self.validation_type, str):
            validation_type = self.validation_type
        else:
            validation_type = self.validation_type

        errors = self.errors

        warnings = self.warnings

        messages = []
        for messages_item_data in self.messages:
            messages_item = messages_item_data.to_dict()
            messages.append(messages_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "is_valid": is_valid,
                "validation_type": validation_type,
                "errors": errors,
                "warnings": warnings,
                "messages": messages,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.validation_response_messages_item import ValidationResponseMessagesItem  # noqa: PLC0415

        d = dict(src_dict)
        is_valid = d.pop("is_valid")

        def _parse_validation_type(data: object) -> str | ValidationTypeEnum:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                validation_type_type_0 = check_validation_type_enum(data)

                return validation_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(str | ValidationTypeEnum, data)

        validation_type = _parse_validation_type(d.pop("validation_type"))

        errors = d.pop("errors")

        warnings = d.pop("warnings")

        messages = []
        _messages = d.pop("messages")
        for messages_item_data in _messages:
            messages_item = ValidationResponseMessagesItem.from_dict(messages_item_data)

            messages.append(messages_item)

        validation_response = cls(
            is_valid=is_valid,
            validation_type=validation_type,
            errors=errors,
            warnings=warnings,
            messages=messages,
        )

        validation_response.additional_properties = d
        return validation_response

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
