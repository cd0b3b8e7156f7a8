from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.compile_result_blocks_item import CompileResultBlocksItem
    from ..models.compiled_intent_step import CompiledIntentStep


T = TypeVar("T", bound="CompileResult")


@_attrs_define
class CompileResult:
    """Final output of a compile job, stored on the job row.

    Attributes:
        compiled_steps (list[CompiledIntentStep] | Unset): Ordered intent steps
        blocks (list[CompileResultBlocksItem] | Unset): Editor Block[] dicts ready for the frontend
        yaml (str | Unset): YAML string of the compiled test blocks Default: ''.
        suggested_title (None | str | Unset): Short LLM-generated title with a 4-hex suffix for uniqueness
        warnings (list[str] | Unset): Any quality or ambiguity warnings from compilation
        total_actions_compiled (int | Unset):  Default: 0.
        total_chunks_processed (int | Unset):  Default: 0.
    """

    compiled_steps: list[CompiledIntentStep] | Unset = UNSET
    blocks: list[CompileResultBlocksItem] | Unset = UNSET
    yaml: str | Unset = ""
    suggested_title: None | str | Unset = UNSET
    warnings: list[str] | Unset = UNSET
    total_actions_compiled: int | Unset = 0
    total_chunks_processed: int | Unset = 0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        compiled_steps: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.compiled_steps, Unset):
            compiled_steps = []
            for compiled_steps_item_data in self.compiled_steps:
                compiled_steps_item = compiled_steps_item_data.to_dict()
                compiled_steps.append(compiled_steps_item)

        blocks: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.blocks, Unset):
            blocks = []
            for blocks_item_data in self.blocks:
                blocks_item = blocks_item_data.to_dict()
                blocks.append(blocks_item)

        yaml = self.yaml

        suggested_title: None | str | Unset
        if isinstance(self.suggested_title, Unset):
            suggested_title = UNSET
        else:
            suggested_title = self.suggested_title

        warnings: list[str] | Unset = UNSET
        if not isinstance(self.warnings, Unset):
            warnings = self.warnings

        total_actions_compiled = self.total_actions_compiled

        total_chunks_processed = self.total_chunks_processed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if compiled_steps is not UNSET:
            field_dict["compiled_steps"] = compiled_steps
        if blocks is not UNSET:
            field_dict["blocks"] = blocks
        if yaml is not UNSET:
            field_dict["yaml"] = yaml
        if suggested_title is not UNSET:
            field_dict["suggested_title"] = suggested_title
        if warnings is not UNSET:
            field_dict["warnings"] = warnings
        if total_actions_compiled is not UNSET:
            field_dict["total_actions_compiled"] = total_actions_compiled
        if total_chunks_processed is not UNSET:
            field_dict["total_chunks_processed"] = total_chunks_processed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.compile_result_blocks_item import CompileResultBlocksItem  # noqa: PLC0415
        from ..models.compiled_intent_step import CompiledIntentStep  # noqa: PLC0415

        d = dict(src_dict)
        _compiled_steps = d.pop("compiled_steps", UNSET)
        compiled_steps: list[CompiledIntentStep] | Unset = UNSET
        if _compiled_steps is not UNSET:
            compiled_steps = []
            for compiled_steps_item_data in _compiled_steps:
                compiled_steps_item = CompiledIntentStep.from_dict(compiled_steps_item_data)

                compiled_steps.append(compiled_steps_item)

        _blocks = d.pop("blocks", UNSET)
        blocks: list[CompileResultBlocksItem] | Unset = UNSET
        if _blocks is not UNSET:
            blocks = []
            for blocks_item_data in _blocks:
                blocks_item = CompileResultBlocksItem.from_dict(blocks_item_data)

                blocks.append(blocks_item)

        yaml = d.pop("yaml", UNSET)

        def _parse_suggested_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        suggested_title = _parse_suggested_title(d.pop("suggested_title", UNSET))

        warnings = cast(list[str], d.pop("warnings", UNSET))

        total_actions_compiled = d.pop("total_actions_compiled", UNSET)

        total_chunks_processed = d.pop("total_chunks_processed", UNSET)

        compile_result = cls(
            compiled_steps=compiled_steps,
            blocks=blocks,
            yaml=yaml,
            suggested_title=suggested_title,
            warnings=warnings,
            total_actions_compiled=total_actions_compiled,
            total_chunks_processed=total_chunks_processed,
        )

        compile_result.additional_properties = d
        return compile_result

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
