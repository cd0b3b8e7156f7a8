from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.yaml_creation_response_extracted_metadata import YamlCreationResponseExtractedMetadata


T = TypeVar("T", bound="YamlCreationResponse")


@_attrs_define
class YamlCreationResponse:
    """Response model for YAML test creation

    Attributes:
        success (bool): Whether the operation was successful
        test_id (str): Generated test ID
        extracted_metadata (YamlCreationResponseExtractedMetadata): Metadata extracted from YAML
        blocks_count (int): Number of blocks created
        generated_ids (list[str]): List of generated block IDs
        errors (list[str] | Unset): Any errors that occurred
        created_at (datetime.datetime | None | Unset): Creation timestamp
        error (None | str | Unset): Error message
    """

    success: bool
    test_id: str
    extracted_metadata: YamlCreationResponseExtractedMetadata
    blocks_count: int
    generated_ids: list[str]
    errors: list[str] | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    error: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        test_id = self.test_id

        extracted_metadata = self.extracted_metadata.to_dict()

        blocks_count = self.blocks_count

        generated_ids = self.generated_ids

        errors: list[str] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = self.errors

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "test_id": test_id,
                "extracted_metadata": extracted_metadata,
                "blocks_count": blocks_count,
                "generated_ids": generated_ids,
            }
        )
        if errors is not UNSET:
            field_dict["errors"] = errors
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.yaml_creation_response_extracted_metadata import YamlCreationResponseExtractedMetadata  # noqa: PLC0415

        d = dict(src_dict)
        success = d.pop("success")

        test_id = d.pop("test_id")

        extracted_metadata = YamlCreationResponseExtractedMetadata.from_dict(d.pop("extracted_metadata"))

        blocks_count = d.pop("blocks_count")

        generated_ids = cast(list[str], d.pop("generated_ids"))

        errors = cast(list[str], d.pop("errors", UNSET))

        def _parse_created_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_at_type_0 = datetime.datetime.fromisoformat(data)

                return created_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        def _parse_error(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error = _parse_error(d.pop("error", UNSET))

        yaml_creation_response = cls(
            success=success,
            test_id=test_id,
            extracted_metadata=extracted_metadata,
            blocks_count=blocks_count,
            generated_ids=generated_ids,
            errors=errors,
            created_at=created_at,
            error=error,
        )

        yaml_creation_response.additional_properties = d
        return yaml_creation_response

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
