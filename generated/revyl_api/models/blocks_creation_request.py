from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.action_block import ActionBlock
    from ..models.blocks_creation_request_metadata import BlocksCreationRequestMetadata
    from ..models.blocks_creation_request_options_type_0 import BlocksCreationRequestOptionsType0
    from ..models.if_block import IfBlock
    from ..models.while_block import WhileBlock


T = TypeVar("T", bound="BlocksCreationRequest")


@_attrs_define
class BlocksCreationRequest:
    """Request model for creating tests from blocks

    Attributes:
        blocks (list[ActionBlock | IfBlock | WhileBlock]): List of test blocks
        metadata (BlocksCreationRequestMetadata): Test metadata
        options (BlocksCreationRequestOptionsType0 | None | Unset): Optional creation options
    """

    blocks: list[ActionBlock | IfBlock | WhileBlock]
    metadata: BlocksCreationRequestMetadata
    options: BlocksCreationRequestOptionsType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.action_block import ActionBlock  # noqa: PLC0415
        from ..models.blocks_creation_request_options_type_0 import BlocksCreationRequestOptionsType0  # noqa: PLC0415
        from ..models.if_block import IfBlock  # noqa: PLC0415

        blocks = []
        for blocks_item_data in self.blocks:
            blocks_item: dict[str, Any]
            if isinstance(blocks_item_data, ActionBlock):
                blocks_item = blocks_item_data.to_dict()
            elif isinstance(blocks_item_data, IfBlock):
                blocks_item = blocks_item_data.to_dict()
            else:
                blocks_item = blocks_item_data.to_dict()

            blocks.append(blocks_item)

        metadata = self.metadata.to_dict()

        options: dict[str, Any] | None | Unset
        if isinstance(self.options, Unset):
            options = UNSET
        elif isinstance(self.options, BlocksCreationRequestOptionsType0):
            options = self.options.to_dict()
        else:
            options = self.options

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "blocks": blocks,
                "metadata": metadata,
            }
        )
        if options is not UNSET:
            field_dict["options"] = options

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.action_block import ActionBlock  # noqa: PLC0415
        from ..models.blocks_creation_request_metadata import BlocksCreationRequestMetadata  # noqa: PLC0415
        from ..models.blocks_creation_request_options_type_0 import BlocksCreationRequestOptionsType0  # noqa: PLC0415
        from ..models.if_block import IfBlock  # noqa: PLC0415
        from ..models.while_block import WhileBlock  # noqa: PLC0415

        d = dict(src_dict)
        blocks = []
        _blocks = d.pop("blocks")
        for blocks_item_data in _blocks:

            def _parse_blocks_item(data: object) -> ActionBlock | IfBlock | WhileBlock:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    blocks_item_type_0 = ActionBlock.from_dict(data)

                    return blocks_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    blocks_item_type_1 = IfBlock.from_dict(data)

                    return blocks_item_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                blocks_item_type_2 = WhileBlock.from_dict(data)

                return blocks_item_type_2

            blocks_item = _parse_blocks_item(blocks_item_data)

            blocks.append(blocks_item)

        metadata = BlocksCreationRequestMetadata.from_dict(d.pop("metadata"))

        def _parse_options(data: object) -> BlocksCreationRequestOptionsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                options_type_0 = BlocksCreationRequestOptionsType0.from_dict(data)

                return options_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BlocksCreationRequestOptionsType0 | None | Unset, data)

        options = _parse_options(d.pop("options", UNSET))

        blocks_creation_request = cls(
            blocks=blocks,
            metadata=metadata,
            options=options,
        )

        blocks_creation_request.additional_properties = d
        return blocks_creation_request

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
