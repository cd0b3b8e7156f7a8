from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.conversion_response_metadata_type_0 import ConversionResponseMetadataType0
    from ..models.normalized_action_block import NormalizedActionBlock
    from ..models.normalized_if_block import NormalizedIfBlock
    from ..models.normalized_while_block import NormalizedWhileBlock


T = TypeVar("T", bound="ConversionResponse")


@_attrs_define
class ConversionResponse:
    """Response model for conversion operations

    Attributes:
        success (bool): Whether the conversion was successful
        converted_content (list[NormalizedActionBlock | NormalizedIfBlock | NormalizedWhileBlock] | str): Converted
            content (YAML string or blocks array)
        metadata (ConversionResponseMetadataType0 | None | Unset): Extracted or included metadata
        errors (list[str] | Unset): Any errors that occurred
    """

    success: bool
    converted_content: list[NormalizedActionBlock | NormalizedIfBlock | NormalizedWhileBlock] | str
    metadata: ConversionResponseMetadataType0 | None | Unset = UNSET
    errors: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.conversion_response_metadata_type_0 import ConversionResponseMetadataType0  # noqa: PLC0415
        from ..models.normalized_action_block import NormalizedActionBlock  # noqa: PLC0415
        from ..models.normalized_if_block import NormalizedIfBlock  # noqa: PLC0415

        success = self.success

        converted_content: list[dict[str, Any]] | str
        if isinstance(self.converted_content, list):
            converted_content = []
            for converted_content_type_1_item_data in self.converted_content:
                converted_content_type_1_item: dict[str, Any]
                if isinstance(converted_content_type_1_item_data, NormalizedActionBlock):
                    converted_content_type_1_item = converted_content_type_1_item_data.to_dict()
                elif isinstance(converted_content_type_1_item_data, NormalizedIfBlock):
                    converted_content_type_1_item = converted_content_type_1_item_data.to_dict()
                else:
                    converted_content_type_1_item = converted_content_type_1_item_data.to_dict()

                converted_content.append(converted_content_type_1_item)

        else:
            converted_content = self.converted_content

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, ConversionResponseMetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        errors: list[str] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = self.errors

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "converted_content": converted_content,
            }
        )
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if errors is not UNSET:
            field_dict["errors"] = errors

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.conversion_response_metadata_type_0 import ConversionResponseMetadataType0  # noqa: PLC0415
        from ..models.normalized_action_block import NormalizedActionBlock  # noqa: PLC0415
        from ..models.normalized_if_block import NormalizedIfBlock  # noqa: PLC0415
        from ..models.normalized_while_block import NormalizedWhileBlock  # noqa: PLC0415

        d = dict(src_dict)
        success = d.pop("success")

        def _parse_converted_content(
            data: object,
        ) -> list[NormalizedActionBlock | NormalizedIfBlock | NormalizedWhileBlock] | str:
            try:
                if not isinstance(data, list):
                    raise TypeError()
                converted_content_type_1 = []
                _converted_content_type_1 = data
                for converted_content_type_1_item_data in _converted_content_type_1:

                    def _parse_converted_content_type_1_item(
                        data: object,
                    ) -> NormalizedActionBlock | NormalizedIfBlock | NormalizedWhileBlock:
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            converted_content_type_1_item_type_0 = NormalizedActionBlock.from_dict(data)

                            return converted_content_type_1_item_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            converted_content_type_1_item_type_1 = NormalizedIfBlock.from_dict(data)

                            return converted_content_type_1_item_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        if not isinstance(data, dict):
                            raise TypeError()
                        converted_content_type_1_item_type_2 = NormalizedWhileBlock.from_dict(data)

                        return converted_content_type_1_item_type_2

                    converted_content_type_1_item = _parse_converted_content_type_1_item(
                        converted_content_type_1_item_data
                    )

                    converted_content_type_1.append(converted_content_type_1_item)

                return converted_content_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[NormalizedActionBlock | NormalizedIfBlock | NormalizedWhileBlock] | str, data)

        converted_content = _parse_converted_content(d.pop("converted_content"))

        def _parse_metadata(data: object) -> ConversionResponseMetadataType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_type_0 = ConversionResponseMetadataType0.from_dict(data)

                return metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConversionResponseMetadataType0 | None | Unset, data)

        metadata = _parse_metadata(d.pop("metadata", UNSET))

        errors = cast(list[str], d.pop("errors", UNSET))

        conversion_response = cls(
            success=success,
            converted_content=converted_content,
            metadata=metadata,
            errors=errors,
        )

        conversion_response.additional_properties = d
        return conversion_response

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
