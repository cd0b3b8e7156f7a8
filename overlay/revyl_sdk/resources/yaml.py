"""`client.yaml`: tests as YAML: validate, create, convert to and from blocks."""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeAlias, Unpack

from .._core.base_client import APICall
from .._core.calls import build_model, call
from .._core.exceptions import OperationFailedError, RevylError
from .._core.resource import AsyncResource, RequestOptions, SyncResource
from .._core.retry import Safety

if TYPE_CHECKING:  # at run time, builders import the generated code they send (see _core/resource.py)
    from revyl_api.models import (
        ActionBlock,
        IfBlock,
        NormalizedActionBlock,
        NormalizedIfBlock,
        NormalizedWhileBlock,
        TestCreationResponse,
        ValidationResponse,
        WhileBlock,
        YamlCreationResponse,
    )
    from revyl_api.types import Unset

    ConvertedBlock: TypeAlias = NormalizedActionBlock | NormalizedIfBlock | NormalizedWhileBlock
    BlockInput: TypeAlias = ActionBlock | IfBlock | WhileBlock | ConvertedBlock | Mapping[str, Any]

YamlSource = str | os.PathLike[str]


def read_yaml(source: YamlSource) -> str:
    """YAML text from a string or a file path, checked to parse before anything is sent."""
    if isinstance(source, os.PathLike):
        path = Path(source)
        try:
            text = path.read_text(encoding="utf-8")
        except OSError as error:
            raise RevylError(f"Cannot read YAML file {path}: {error.strerror}") from None
    else:
        text = source
    if not text.strip():
        raise RevylError("The YAML is empty")
    import yaml as pyyaml  # loaded on the first local check, not with the client

    try:
        pyyaml.safe_load(text)
    except pyyaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f" at line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        problem = getattr(error, "problem", None) or str(error)
        raise RevylError(f"The YAML does not parse{where}: {problem}") from None
    return text


def _plain(blocks: Sequence[BlockInput]) -> list[dict[str, Any]]:
    return [dict(block) if isinstance(block, Mapping) else block.to_dict() for block in blocks]


def _errors(errors: list[Any] | Unset) -> list[str]:
    return [str(error) for error in errors] if isinstance(errors, list) else []


def _succeeded(operation: str, success: bool, errors: list[Any] | Unset) -> None:
    if not success:
        raise OperationFailedError(operation, _errors(errors))


def _validate_call(source: YamlSource, options: RequestOptions) -> APICall[ValidationResponse]:
    from revyl_api.api.yaml_operations import validate_yaml
    from revyl_api.models import ValidationRequest, ValidationResponse

    body = build_model(
        ValidationRequest, {"yaml_content": read_yaml(source), "validation_type": "full_test"}, "validation request"
    )
    return call(validate_yaml, ValidationResponse, body=body, **options)


def _create_test_call(
    source: YamlSource, metadata_overrides: dict[str, Any] | None, options: RequestOptions
) -> APICall[YamlCreationResponse]:
    from revyl_api.api.yaml_operations import create_test_from_yaml
    from revyl_api.models import YamlCreationRequest, YamlCreationResponse

    fields: dict[str, Any] = {"yaml_content": read_yaml(source)}
    if metadata_overrides is not None:
        fields["metadata_overrides"] = metadata_overrides

    def checked(response: YamlCreationResponse) -> YamlCreationResponse:
        _succeeded("Creating the test from YAML", response.success, response.errors)
        return response

    return call(
        create_test_from_yaml,
        YamlCreationResponse,
        safety=Safety.UNSAFE,
        body=build_model(YamlCreationRequest, fields, "YAML test request"),
        **options,
    ).map(checked)


def _create_from_blocks_call(
    blocks: Sequence[BlockInput], metadata: dict[str, Any], options: RequestOptions
) -> APICall[TestCreationResponse]:
    from revyl_api.api.yaml_operations import create_test_from_blocks
    from revyl_api.models import BlocksCreationRequest, TestCreationResponse

    def checked(response: TestCreationResponse) -> TestCreationResponse:
        _succeeded("Creating the test from blocks", response.success, response.errors)
        return response

    body = build_model(BlocksCreationRequest, {"blocks": _plain(blocks), "metadata": metadata}, "blocks")
    return call(create_test_from_blocks, TestCreationResponse, safety=Safety.UNSAFE, body=body, **options).map(checked)


def _to_blocks_call(source: YamlSource, options: RequestOptions) -> APICall[list[ConvertedBlock]]:
    from revyl_api.api.yaml_operations import convert_yaml_to_blocks
    from revyl_api.models import ConversionResponse, YamlToBlocksRequest

    def blocks_of(response: ConversionResponse) -> list[ConvertedBlock]:
        _succeeded("Converting YAML to blocks", response.success, response.errors)
        if isinstance(response.converted_content, str):
            raise RevylError("Converting YAML to blocks returned text instead of blocks")
        return response.converted_content

    body = YamlToBlocksRequest(yaml_content=read_yaml(source))
    return call(convert_yaml_to_blocks, ConversionResponse, body=body, **options).map(blocks_of)


def _to_yaml_call(blocks: Sequence[BlockInput], options: RequestOptions) -> APICall[str]:
    from revyl_api.api.yaml_operations import convert_blocks_to_yaml
    from revyl_api.models import BlocksToYamlRequest, ConversionResponse

    def yaml_of(response: ConversionResponse) -> str:
        _succeeded("Converting blocks to YAML", response.success, response.errors)
        if not isinstance(response.converted_content, str):
            raise RevylError("Converting blocks to YAML returned blocks instead of text")
        return response.converted_content

    body = build_model(BlocksToYamlRequest, {"blocks": _plain(blocks)}, "blocks")
    return call(convert_blocks_to_yaml, ConversionResponse, body=body, **options).map(yaml_of)


class Yaml(SyncResource):
    def validate(self, yaml_text: YamlSource, **options: Unpack[RequestOptions]) -> ValidationResponse:
        """Revyl's full check of a test YAML: `is_valid` plus messages with line numbers."""
        return self._api.execute(_validate_call(yaml_text, options))

    def create_test(
        self,
        yaml_text: YamlSource,
        *,
        metadata_overrides: dict[str, Any] | None = None,
        **options: Unpack[RequestOptions],
    ) -> YamlCreationResponse:
        """Create a test from YAML text or a YAML file; raises if Revyl rejects it."""
        return self._api.execute(_create_test_call(yaml_text, metadata_overrides, options))

    def create_test_from_blocks(
        self, blocks: Sequence[BlockInput], *, metadata: dict[str, Any], **options: Unpack[RequestOptions]
    ) -> TestCreationResponse:
        """Create a test from blocks and its `metadata` (name, platform, ...)."""
        return self._api.execute(_create_from_blocks_call(blocks, metadata, options))

    def to_blocks(self, yaml_text: YamlSource, **options: Unpack[RequestOptions]) -> list[ConvertedBlock]:
        """Revyl's YAML test text (or file) as typed blocks."""
        return self._api.execute(_to_blocks_call(yaml_text, options))

    def to_yaml(self, blocks: Sequence[BlockInput], **options: Unpack[RequestOptions]) -> str:
        """Blocks as Revyl's YAML test text."""
        return self._api.execute(_to_yaml_call(blocks, options))


class AsyncYaml(AsyncResource):
    async def validate(self, yaml_text: YamlSource, **options: Unpack[RequestOptions]) -> ValidationResponse:
        """Revyl's full check of a test YAML: `is_valid` plus messages with line numbers."""
        return await self._api.execute(_validate_call(yaml_text, options))

    async def create_test(
        self,
        yaml_text: YamlSource,
        *,
        metadata_overrides: dict[str, Any] | None = None,
        **options: Unpack[RequestOptions],
    ) -> YamlCreationResponse:
        """Create a test from YAML text or a YAML file; raises if Revyl rejects it."""
        return await self._api.execute(_create_test_call(yaml_text, metadata_overrides, options))

    async def create_test_from_blocks(
        self, blocks: Sequence[BlockInput], *, metadata: dict[str, Any], **options: Unpack[RequestOptions]
    ) -> TestCreationResponse:
        """Create a test from blocks and its `metadata` (name, platform, ...)."""
        return await self._api.execute(_create_from_blocks_call(blocks, metadata, options))

    async def to_blocks(self, yaml_text: YamlSource, **options: Unpack[RequestOptions]) -> list[ConvertedBlock]:
        """Revyl's YAML test text (or file) as typed blocks."""
        return await self._api.execute(_to_blocks_call(yaml_text, options))

    async def to_yaml(self, blocks: Sequence[BlockInput], **options: Unpack[RequestOptions]) -> str:
        """Blocks as Revyl's YAML test text."""
        return await self._api.execute(_to_yaml_call(blocks, options))
