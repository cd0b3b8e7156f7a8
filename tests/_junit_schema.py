"""Validate JUnit XML against the published schema (Jenkins xUnit's junit-10.xsd, MIT)."""

from __future__ import annotations

import functools
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import xmlschema

XSD = Path(__file__).parent / "reporting" / "junit-10.xsd"


@functools.cache
def _schema() -> xmlschema.XMLSchema:
    return xmlschema.XMLSchema(str(XSD))


def valid_junit(path: Path) -> ElementTree.Element:
    """The document's root, after it passed the schema (raises with the reason otherwise)."""
    _schema().validate(str(path))
    return ElementTree.parse(path).getroot()
