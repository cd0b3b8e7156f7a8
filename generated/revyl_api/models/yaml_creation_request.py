from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.yaml_creation_request_metadata_overrides_type_0 import YamlCreationRequestMetadataOverridesType0


T = TypeVar("T", bound="YamlCreationRequest")


@_attrs_define
class YamlCreationRequest:
    """Request model for creating tests from YAML

    Attributes:
        yaml_content (str): YAML content
        metadata_overrides (None | Unset | YamlCreationRequestMetadataOverridesType0): Metadata overrides
    """

    yaml_content: str
    metadata_overrides: None | Unset | YamlCreationRequestMetadataOverridesType0 = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.yaml_creation_request_metadata_overrides_type_0 import YamlCreationRequestMetadataOverridesType0  # noqa: PLC0415

        yaml_content = self.yaml_content

        metadata_overrides: dict[str, Any] | None | Unset
        if isinstance(self.metadata_overrides, Unset):
            metadata_overrides = UNSET
        elif isinstance(self.metadata_overrides, YamlCreationRequestMetadataOverridesType0):
            metadata_overrides = self.metadata_overrides.to_dict()
        else:
            metadata_overrides = self.metadata_overrides

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "yaml_content": yaml_content,
            }
        )
        if metadata_overrides is not UNSET:
            field_dict["metadata_overrides"] = metadata_overrides

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.yaml_creation_request_metadata_overrides_type_0 import YamlCreationRequestMetadataOverridesType0  # noqa: PLC0415

        d = dict(src_dict)
        yaml_content = d.pop("yaml_content")

        def _parse_metadata_overrides(data: object) -> None | Unset | YamlCreationRequestMetadataOverridesType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_overrides_type_0 = YamlCreationRequestMetadataOverridesType0.from_dict(data)

                return metadata_overrides_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | YamlCreationRequestMetadataOverridesType0, data)

        metadata_overrides = _parse_metadata_overrides(d.pop("metadata_overrides", UNSET))

        yaml_creation_request = cls(
            yaml_content=yaml_content,
            metadata_overrides=metadata_overrides,
        )

        yaml_creation_request.additional_properties = d
        return yaml_creation_request

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
