"""Python names the generator will derive from spec names.

The passes decide names *before* generation, so they must predict exactly what
openapi-python-client makes of a title, tag or operationId: they ask its own helpers.
"""

from typing import Any

from openapi_python_client.strings import ClassName, PythonIdentifier

# The generator's default `field_prefix`; generator-config.yaml keeps it.
FIELD_PREFIX = "field_"
TAG_PREFIX = "tag"  # what the generator prefixes to a tag that is not an identifier


def class_name(text: str) -> str:
    return str(ClassName(text, FIELD_PREFIX))


def schema_class_name(key: str, schema: Any) -> str:
    """Class name of a component schema: from its title, else from its key."""
    title = schema.get("title") if isinstance(schema, dict) else None
    return class_name(title if isinstance(title, str) and title else key)


def module_name(tag: str) -> str:
    """The `revyl_api.api.<module>` an operation lands in, from its first tag."""
    return str(PythonIdentifier(tag, TAG_PREFIX))


def function_module_name(operation_id: str) -> str:
    """The endpoint module (and function family) name for an operationId."""
    return str(PythonIdentifier(operation_id, FIELD_PREFIX))
