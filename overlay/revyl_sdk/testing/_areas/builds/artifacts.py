"""Server-side build checks: is the artifact installable, and what is its package id.

Revyl validates an upload before a build row exists and reads the package id itself; the
emulator does the same for APKs (text or binary AndroidManifest.xml) and zipped iOS `.app`
bundles (Info.plist's CFBundleIdentifier).
"""

from __future__ import annotations

import plistlib
import re
import struct
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

_MAX_METADATA_BYTES = 8 * 1024 * 1024


class InvalidArtifact(Exception):
    """The artifact cannot be installed; the message says why."""


@dataclass(frozen=True)
class Inspection:
    package_name: str | None
    warnings: list[str] = field(default_factory=list)


def inspect(path: Path, platform: str) -> Inspection:
    """Check the file at `path` for `platform` ("iOS" or "Android")."""
    if not zipfile.is_zipfile(path):
        raise InvalidArtifact("The artifact is not a zip archive (an .apk or a zipped .app)")
    with zipfile.ZipFile(path) as archive:
        names = archive.namelist()
        if platform == "Android":
            return _android(archive, names)
        return _ios(archive, names)


def _read_small(archive: zipfile.ZipFile, name: str) -> bytes:
    """An entry's bytes, refusing one that unpacks bigger than any real manifest or plist."""
    if archive.getinfo(name).file_size > _MAX_METADATA_BYTES:
        raise InvalidArtifact(f"{name} is larger than {_MAX_METADATA_BYTES // 1024 // 1024} MiB")
    return archive.read(name)


def _android(archive: zipfile.ZipFile, names: list[str]) -> Inspection:
    if "AndroidManifest.xml" not in names:
        raise InvalidArtifact("APK has no AndroidManifest.xml")
    manifest = _read_small(archive, "AndroidManifest.xml")
    package = _text_manifest_package(manifest) or _binary_manifest_package(manifest)
    if not package:
        raise InvalidArtifact("Could not read the package name from AndroidManifest.xml")
    warnings = [] if "classes.dex" in names else ["APK contains no classes.dex"]
    return Inspection(package, warnings)


def _ios(archive: zipfile.ZipFile, names: list[str]) -> Inspection:
    if any(re.match(r"Payload/[^/]+\.app/", name) for name in names):
        raise InvalidArtifact("IPA files are device builds; upload a simulator .app (zipped)")
    plists = [n for n in names if re.fullmatch(r"(?:[^/]+/)?[^/]+\.app/Info\.plist", n)]
    if not plists:
        raise InvalidArtifact("No .app bundle with an Info.plist found in the archive")
    try:
        info = plistlib.loads(_read_small(archive, plists[0]))
    except (plistlib.InvalidFileException, ValueError) as error:
        raise InvalidArtifact(f"Info.plist does not parse: {error}") from None
    bundle_id = info.get("CFBundleIdentifier") if isinstance(info, dict) else None
    if not isinstance(bundle_id, str) or not bundle_id:
        raise InvalidArtifact("Info.plist has no CFBundleIdentifier")
    return Inspection(bundle_id)


def _text_manifest_package(manifest: bytes) -> str | None:
    # Only the first <manifest ...> tag is searched: one regex over the whole file would
    # backtrack quadratically on a file of unclosed `<manifest` tags.
    start = manifest.find(b"<manifest")
    end = manifest.find(b">", start)
    if start < 0 or end < 0:
        return None
    match = re.search(rb'\bpackage\s*=\s*"([^"]+)"', manifest[start:end])
    return match.group(1).decode(errors="replace") if match else None


# Android binary XML: a string pool chunk, then element chunks whose attributes index it.
_STRING_POOL, _START_ELEMENT, _UTF8_FLAG = 0x0001, 0x0102, 0x100


def _binary_manifest_package(data: bytes) -> str | None:
    try:
        strings: list[str] = []
        offset = 8  # past the XML file header
        while offset + 8 <= len(data):
            kind, _, size = struct.unpack_from("<HHI", data, offset)
            if size < 8:
                return None
            if kind == _STRING_POOL:
                strings = _string_pool(data, offset)
            elif kind == _START_ELEMENT and strings:
                package = _manifest_attribute(data, offset, strings, "package")
                if package is not None:
                    return package
            offset += size
    except (struct.error, IndexError, UnicodeDecodeError):
        return None
    return None


def _string_pool(data: bytes, offset: int) -> list[str]:
    count, _, flags, strings_start, _ = struct.unpack_from("<IIIII", data, offset + 8)
    utf8 = bool(flags & _UTF8_FLAG)
    result = []
    for index in range(count):
        (start,) = struct.unpack_from("<I", data, offset + 28 + 4 * index)
        position = offset + strings_start + start
        if utf8:
            position += 2 if data[position] & 0x80 else 1  # length in UTF-16 units
            length = data[position]
            if length & 0x80:
                length = ((length & 0x7F) << 8) | data[position + 1]
                position += 1
            position += 1
            result.append(data[position:position + length].decode("utf-8"))
        else:
            (length,) = struct.unpack_from("<H", data, position)
            result.append(data[position + 2:position + 2 + 2 * length].decode("utf-16-le"))
    return result


def _manifest_attribute(data: bytes, offset: int, strings: list[str], wanted: str) -> str | None:
    # Element body: line, comment, namespace, name, attr start/size/count, ...
    name_index, = struct.unpack_from("<I", data, offset + 20)
    if strings[int(name_index)] != "manifest":
        return None
    attr_start, attr_size, attr_count = struct.unpack_from("<HHH", data, offset + 24)
    first = offset + 16 + attr_start
    for index in range(attr_count):
        at = first + index * attr_size
        _, attr_name, raw_value = struct.unpack_from("<III", data, at)
        if strings[int(attr_name)] == wanted and raw_value != 0xFFFFFFFF:
            return strings[int(raw_value)]
    return None
