from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.yaml_to_blocks_request_options_type_0 import YamlToBlocksRequestOptionsType0


T = TypeVar("T", bound="YamlToBlocksRequest")


@_attrs_define
class YamlToBlocksRequest:
    """Request model for YAML to blocks conversion

    Attributes:
        yaml_content (str): YAML content to convert
        options (None | Unset | YamlToBlocksRequestOptionsType0): Conversion options
    """

    yaml_content: str
    options: None | Unset | YamlToBlocksRequestOptionsType0 = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.yaml_to_blocks_request_options_type_0 import YamlToBlocksRequestOptionsType0  # noqa: PLC0415

        yaml_content = self.yaml_content

        options: dict[str, Any] | None | Unset
        if isinstance(self.options, Unset):
            options = UNSET
        elif isinstance(self.options, YamlToBlocksRequestOptionsType0):
            options = self.options.to_dict()
        else:
            options = self.options

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "yaml_content": yaml_content,
            }
        )
        if options is not UNSET:
            field_dict["options"] = options

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.yaml_to_blocks_request_options_type_0 import YamlToBlocksRequestOptionsType0  # noqa: PLC0415

        d = dict(src_dict)
        yaml_content = d.pop("yaml_content")

        def _parse_options(data: object) -> None | Unset | YamlToBlocksRequestOptionsType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                options_type_0 = YamlToBlocksRequestOptionsType0.from_dict(data)

                return options_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | YamlToBlocksRequestOptionsType0, data)

        options = _parse_options(d.pop("options", UNSET))

        yaml_to_blocks_request = cls(
            yaml_content=yaml_content,
            options=options,
        )

        yaml_to_blocks_request.additional_properties = d
        return yaml_to_blocks_request

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
