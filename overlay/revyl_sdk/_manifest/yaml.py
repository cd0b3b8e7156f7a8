"""`client.yaml`: tests as YAML and as blocks."""

from __future__ import annotations

from .needs import Model, Needs, Operation

_BLOCKS_IN = (Model("ActionBlock"), Model("IfBlock"), Model("WhileBlock"))
_BLOCKS_OUT = (Model("NormalizedActionBlock"), Model("NormalizedIfBlock"), Model("NormalizedWhileBlock"))
# Blocks a conversion returned may be passed back in; the user's dicts do as well.
_CONVERTED_IN = tuple(Model(m.name, optional=True) for m in _BLOCKS_OUT)
_CONVERSION = Model("ConversionResponse", ("success", "errors", "converted_content"))

METHODS = {
    # Hidden by the spec since 2026-05-22, still served; a regen patch puts it back.
    "yaml.validate": Needs(
        (Operation("POST /api/v1/tests/yaml/validate-yaml", "yaml_operations.validate_yaml", ("body",)),),
        (Model("ValidationRequest", ("yaml_content", "validation_type")), Model("ValidationResponse")),
    ),
    "yaml.create_test": Needs(
        (Operation("POST /api/v1/tests/yaml/from-yaml", "yaml_operations.create_test_from_yaml", ("body",)),),
        (
            Model("YamlCreationRequest", ("yaml_content", "metadata_overrides")),
            Model("YamlCreationResponse", ("success", "errors")),
        ),
    ),
    "yaml.create_test_from_blocks": Needs(
        (Operation("POST /api/v1/tests/yaml/from-blocks", "yaml_operations.create_test_from_blocks", ("body",)),),
        (
            Model("BlocksCreationRequest", ("blocks", "metadata")),
            Model("TestCreationResponse", ("success", "errors")),
            *_BLOCKS_IN,
            *_CONVERTED_IN,
        ),
    ),
    "yaml.to_blocks": Needs(
        (
            Operation(
                "POST /api/v1/tests/yaml/conversion/yaml-to-blocks", "yaml_operations.convert_yaml_to_blocks", ("body",)
            ),
        ),
        (Model("YamlToBlocksRequest", ("yaml_content",)), _CONVERSION, *_BLOCKS_OUT),
    ),
    "yaml.to_yaml": Needs(
        (
            Operation(
                "POST /api/v1/tests/yaml/conversion/blocks-to-yaml", "yaml_operations.convert_blocks_to_yaml", ("body",)
            ),
        ),
        (Model("BlocksToYamlRequest", ("blocks",)), _CONVERSION, *_BLOCKS_IN, *_CONVERTED_IN),
    ),
}
