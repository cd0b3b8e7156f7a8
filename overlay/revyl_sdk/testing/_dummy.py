"""Tiny installable-looking builds for demos and tests: an APK and a zipped iOS `.app`.

The APK's AndroidManifest.xml is Android binary XML (as `aapt` writes it), so server-side
package-id extraction reads it like a real one's. Neither will run on a device.
"""

from __future__ import annotations

import os
import plistlib
import struct
import zipfile
from pathlib import Path

_NONE = 0xFFFFFFFF
_TYPE_STRING = 0x03


def _string_pool(strings: list[str]) -> bytes:
    data, offsets = b"", []
    for text in strings:
        offsets.append(len(data))
        data += struct.pack("<H", len(text)) + text.encode("utf-16-le") + b"\0\0"
    data += b"\0" * (-len(data) % 4)
    header_size = 28
    strings_start = header_size + 4 * len(strings)
    size = strings_start + len(data)
    header = struct.pack("<HHIIIIII", 0x0001, header_size, size, len(strings), 0, 0,
                         strings_start, 0)
    return header + b"".join(struct.pack("<I", o) for o in offsets) + data


def binary_manifest(package: str) -> bytes:
    """`<manifest package="...">` in Android binary XML."""
    strings = ["manifest", "package", package]
    pool = _string_pool(strings)
    attribute = struct.pack("<IIIHBBI", _NONE, 1, 2, 8, 0, _TYPE_STRING, 2)
    start = struct.pack("<HHIIIIIHHHHHH", 0x0102, 16, 36 + len(attribute), 1, _NONE, _NONE, 0,
                        20, 20, 1, 0, 0, 0) + attribute
    end = struct.pack("<HHIIIII", 0x0103, 16, 24, 1, _NONE, _NONE, 0)
    body = pool + start + end
    return struct.pack("<HHI", 0x0003, 8, 8 + len(body)) + body


def write_dummy_apk(path: str | os.PathLike[str], package: str = "com.example.revyldemo") -> Path:
    """Write a small APK (zip with a binary AndroidManifest.xml and a dex header) to `path`."""
    target = Path(path)
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("AndroidManifest.xml", binary_manifest(package))
        archive.writestr("classes.dex", b"dex\n035\0" + b"\0" * 104)
        archive.writestr("resources.arsc", b"")
    return target


def write_dummy_ios_app(path: str | os.PathLike[str], bundle_id: str = "com.example.revyldemo",
                        name: str = "Demo") -> Path:
    """Write a zipped simulator `.app` (Info.plist with CFBundleIdentifier) to `path`."""
    target = Path(path)
    info = plistlib.dumps({"CFBundleIdentifier": bundle_id, "CFBundleName": name,
                           "CFBundleExecutable": name}, fmt=plistlib.FMT_BINARY)
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(f"{name}.app/Info.plist", info)
        archive.writestr(f"{name}.app/{name}", b"\xcf\xfa\xed\xfe")
    return target
