"""Local checks that a file can be a build of the app, before any upload request is sent.

The same rules as Revyl's CLI (`validateLocalBuildArtifact`): test devices install a
universal Android .apk or an iOS *simulator* .app (zipped); everything else would only be
rejected by the server after a possibly multi-gigabyte upload.
"""

from __future__ import annotations

import posixpath
import re

from .errors import InvalidArtifactError
from .source import UploadSource

__all__ = ["check_file_name", "check_fits_platform", "is_zip", "normalize_platform"]

_SPLIT_APK_PREFIXES = ("split_", "split.", "config.")
_IPA_ENTRY = re.compile(r"^Payload/[^/]+\.app/", re.IGNORECASE)
_APP_INFO_PLIST = re.compile(r"(^|/)[^/]+\.app/Info\.plist$", re.IGNORECASE)

_REJECTED_EXTENSIONS = {
    ".aab": "Android App Bundles (.aab) cannot be installed on test devices; "
            "upload a universal .apk (bundletool build-apks --mode=universal)",
    ".apks": "split-APK sets (.apks) are not supported; upload a single universal .apk",
    ".ipa": ".ipa files are device builds; Revyl runs iOS simulator builds, "
            "upload a zipped simulator .app",
}


def normalize_platform(platform: object) -> str | None:
    """'iOS' / 'ANDROID' / ... -> 'ios' / 'android'; anything else -> None (not checked)."""
    if isinstance(platform, str) and platform.strip().lower() in ("ios", "android"):
        return platform.strip().lower()
    return None


def is_zip(source: UploadSource) -> bool:
    return source.name.lower().endswith(".zip")


def check_file_name(source: UploadSource) -> None:
    """The rules that need only the file name: no bundles, device builds or split APKs."""
    name = source.name.lower()
    extension = posixpath.splitext(name)[1]
    if reason := _REJECTED_EXTENSIONS.get(extension):
        raise InvalidArtifactError(f"{source.label}: {reason}")
    if extension == ".apk" and _is_split_apk(name):
        raise InvalidArtifactError(
            f"{source.label}: looks like a split APK (name starts with split_, split. or config.); "
            "upload the universal .apk"
        )


def check_fits_platform(source: UploadSource, platform: str | None,
                        zip_entries: list[str] | None) -> None:
    """The artifact kind matches `platform` ('ios', 'android' or None when unknown).

    `zip_entries` is the archive's listing when the file is a .zip, else None.
    """
    if zip_entries is not None and any(_IPA_ENTRY.match(entry) for entry in zip_entries):
        raise InvalidArtifactError(
            f"{source.label}: holds Payload/*.app, so it is an IPA (a device build); "
            "upload a zipped simulator .app"
        )
    is_apk = source.name.lower().endswith(".apk")
    if platform == "android":
        if zip_entries is not None:
            _check_android_zip(source, zip_entries)
        elif not is_apk:
            raise InvalidArtifactError(
                f"{source.label}: an Android build must be an .apk or a .zip holding one .apk"
            )
    elif platform == "ios":
        if zip_entries is None:
            kind = "an .apk is an Android build" if is_apk else "unsupported file type"
            raise InvalidArtifactError(
                f"{source.label}: {kind}; an iOS build must be a zipped simulator .app (.zip)"
            )
        if not any(_APP_INFO_PLIST.search(entry) for entry in zip_entries):
            raise InvalidArtifactError(
                f"{source.label}: no *.app/Info.plist inside; an iOS build must be a zipped .app bundle"
            )


def _check_android_zip(source: UploadSource, entries: list[str]) -> None:
    apks = [
        entry for entry in entries
        # macOS adds __MACOSX/._name.apk resource forks when zipping in Finder: not APKs.
        if entry.lower().endswith(".apk") and not entry.startswith("__MACOSX/")
        and not _is_split_apk(posixpath.basename(entry).lower())
    ]
    if len(apks) != 1:
        raise InvalidArtifactError(
            f"{source.label}: an Android zip must hold exactly one non-split .apk, found {len(apks)}"
        )


def _is_split_apk(lower_name: str) -> bool:
    return lower_name.startswith(_SPLIT_APK_PREFIXES)
