"""Generate pass: run openapi-python-client on the prepared spec, strictly.

The generator runs in-process with the same Config its CLI would build from
`--meta none --config generator-config.yaml`; that saves a second JSON parse and an
interpreter start, and hands back its warnings as objects instead of coloured text. Any
warning fails the run, and so do two things the generator does not warn about: an
operation that produced no endpoint, and a 200 response it would not parse.
"""

import contextlib
import io
import re
from pathlib import Path

from openapi_python_client import Project
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.errors import GeneratorError
from openapi_python_client.parser.openapi import Endpoint

from regen.errors import GenerationFailed, RegenError
from regen.spec import Spec, iter_operations, operation_key


def generate_client(doc: Spec, config_path: Path, package_dir: Path) -> int:
    """Write the client package to `package_dir`; return how many endpoints it has."""
    config = _load_config(config_path, package_dir)
    data = GeneratorData.from_dict(doc, config=config)
    if isinstance(data, GeneratorError):
        raise GenerationFailed([describe(data)])
    endpoints = [e for c in data.endpoint_collections_by_tag.values() for e in c.endpoints]
    problems = [describe(error) for error in _parse_errors(data)]
    problems += _missing_endpoints(doc, endpoints) + _unparsed_200s(endpoints)
    if problems:
        raise GenerationFailed(problems)
    with contextlib.redirect_stdout(io.StringIO()):  # it prints "Generating <dir>"
        build_errors = Project(openapi=data, config=config).build()
    if build_errors:
        raise GenerationFailed([describe(error) for error in build_errors])
    return len(endpoints)


def _load_config(config_path: Path, package_dir: Path) -> Config:
    try:
        config_file = ConfigFile.load_from_path(config_path)
    except Exception as error:  # the generator raises anything from YAML to pydantic errors
        raise RegenError(f"generator config {config_path.name} is invalid: {error}") from error
    return Config.from_sources(
        config_file,
        MetaType.NONE,
        document_source=config_path,  # unused: the document is passed in already parsed
        file_encoding="utf-8",
        overwrite=True,
        output_path=package_dir,
    )


def _parse_errors(data: GeneratorData) -> list[GeneratorError]:
    errors: list[GeneratorError] = []
    for collection in data.endpoint_collections_by_tag.values():
        errors.extend(collection.parse_errors)
    errors.extend(data.errors)
    return errors


def _missing_endpoints(doc: Spec, endpoints: list[Endpoint]) -> list[str]:
    made = {operation_key(e.method, e.path.get_untrusted_value()) for e in endpoints}
    problems = [
        f"{key}: no endpoint generated"
        for key in (operation_key(method, path) for path, method, _ in iter_operations(doc))
        if key not in made
    ]
    files: dict[tuple[str, str], str] = {}
    for endpoint in endpoints:
        key = operation_key(endpoint.method, endpoint.path.get_untrusted_value())
        where = (endpoint.tags[0], endpoint.name)
        if where in files:
            problems.append(f"{key}: same module as {files[where]} ({'.'.join(where)})")
        files[where] = key
    return problems


def _unparsed_200s(endpoints: list[Endpoint]) -> list[str]:
    """Endpoints whose `_parse_response` would return None for a 200."""
    problems = []
    for endpoint in endpoints:
        ok = next((r for r in endpoint.responses.patterns if r.status_code.range == (200, 200)), None)
        if ok is None:
            continue
        # The endpoint template skips parsing entirely when the overall type is bare `Any`.
        if ok.source["return_type"] == "None" or str(endpoint.response_type()) == "Any":
            key = operation_key(endpoint.method, endpoint.path.get_untrusted_value())
            problems.append(f"{key}: 200 response would not be parsed")
    return problems


def describe(error: GeneratorError) -> str:
    """One line per generator error, without the object addresses it embeds."""
    text = f"{error.header} {error.detail or ''}"
    text = re.sub(r"<[\w.]+ object at 0x[0-9a-f]+>", "<status>", text)
    return re.sub(r"\s+", " ", text).strip()
