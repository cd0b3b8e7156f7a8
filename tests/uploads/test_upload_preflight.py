"""Local artifact checks: each rule rejects with a one-line message before any upload request."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

import pytest
import revyl_sdk
from fake_revyl import FakeRevyl
from revyl_sdk import InvalidArtifactError, Revyl
from revyl_sdk._uploads import source as _upload_source
from upload_support import zip_bytes

APK = b"PK\x03\x04 pretend apk"
IOS_APP = {"Demo.app/Info.plist": b"<plist/>", "Demo.app/Demo": b"\x00" * 64}


def reject(client: Revyl, server: FakeRevyl, file: object, platform: str | None,
           match: str, **kwargs: object) -> InvalidArtifactError:
    metadata = {"platform": platform} if platform else None
    with pytest.raises(InvalidArtifactError, match=match) as raised:
        client.builds.upload(server.app_id, file, version="v", metadata=metadata,  # type: ignore[arg-type]
                             **kwargs)  # type: ignore[arg-type]
    message = str(raised.value)
    assert "\n" not in message
    return raised.value


@pytest.mark.parametrize(("name", "platform", "match"), [
    ("app.aab", "android", r"app\.aab: Android App Bundles \(\.aab\)"),
    ("app.apks", "android", r"app\.apks: split-APK sets"),
    ("app.ipa", "ios", r"app\.ipa: \.ipa files are device builds"),
    ("split_config.arm64.apk", "android", "looks like a split APK"),
    ("split.feature.apk", "android", "looks like a split APK"),
    ("config.en.apk", "android", "looks like a split APK"),
    ("App.AAB", None, r"\.aab"),  # extension rules need no platform, any case
])
def test_name_rules_reject_without_any_request(server: FakeRevyl, client: Revyl,
                                               tmp_path: Path, name: str, platform: str | None,
                                               match: str) -> None:
    path = tmp_path / name
    path.write_bytes(APK)
    error = reject(client, server, path, platform, match)
    assert str(path) in str(error)
    assert server.requests == []


@pytest.mark.parametrize(("name", "entries", "platform", "match"), [
    ("ipa.zip", {"Payload/Demo.app/Info.plist": b""}, "ios", "holds Payload/\\*.app.*IPA"),
    ("ipa.zip", {"Payload/Demo.app/Info.plist": b""}, "android", "IPA"),
    ("noplist.zip", {"Demo.app/Demo": b"\x00"}, "ios", r"no \*\.app/Info\.plist inside"),
    ("empty.zip", {"readme.txt": b"hi"}, "android", "exactly one non-split .apk, found 0"),
    ("two.zip", {"a.apk": APK, "b/b.apk": APK}, "android", "exactly one non-split .apk, found 2"),
    ("splits.zip", {"split_config.x86.apk": APK}, "android", "found 0"),
])
def test_zip_content_rules(server: FakeRevyl, client: Revyl,
                           make_zip: Callable[[str, dict[str, bytes]], Path], name: str,
                           entries: dict[str, bytes], platform: str, match: str) -> None:
    reject(client, server, make_zip(name, entries), platform, match)
    assert server.requests == []


@pytest.mark.parametrize(("name", "platform", "match"), [
    ("app.apk", "ios", r"an \.apk is an Android build; an iOS build must be a zipped"),
    ("app.tar.gz", "ios", "unsupported file type"),
    ("app.bin", "android", r"must be an \.apk or a \.zip holding one \.apk"),
])
def test_artifact_must_fit_the_platform(server: FakeRevyl, client: Revyl, tmp_path: Path,
                                        name: str, platform: str, match: str) -> None:
    path = tmp_path / name
    path.write_bytes(APK)
    reject(client, server, path, platform, match)
    assert server.requests == []


def test_platform_comes_from_the_app_when_not_in_metadata(server: FakeRevyl, client: Revyl,
                                                          tmp_path: Path) -> None:
    server.platform = "iOS"
    path = tmp_path / "app.apk"
    path.write_bytes(APK)
    reject(client, server, path, None, "an iOS build must be a zipped")
    assert server.routes() == ["GET app"]  # the app lookup, and no upload request


def test_not_a_zip(server: FakeRevyl, client: Revyl, tmp_path: Path) -> None:
    path = tmp_path / "build.zip"
    path.write_bytes(b"definitely not a zip archive")
    reject(client, server, path, "ios", "not a valid zip archive")
    assert server.requests == []


@pytest.mark.parametrize(("make", "match"), [
    (lambda tmp: tmp / "missing.apk", "missing.apk: no such file"),
    (lambda tmp: tmp, "is a directory, not a build file"),
    (lambda tmp: (tmp / "Demo.app").mkdir() or tmp / "Demo.app", r"zip the \.app bundle first"),
    (lambda tmp: _write(tmp / "empty.apk", b""), "empty.apk: file is empty"),
])
def test_file_must_exist_and_be_non_empty(server: FakeRevyl, client: Revyl, tmp_path: Path,
                                          make: Callable[[Path], Path], match: str) -> None:
    reject(client, server, make(tmp_path), "android", match)
    assert server.requests == []


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def test_unreadable_file(server: FakeRevyl, client: Revyl, tmp_path: Path,
                         monkeypatch: pytest.MonkeyPatch) -> None:
    path = _write(tmp_path / "locked.apk", APK)

    def denied(*args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    # chmod 000 does not stop root (CI containers often run as root): deny the open instead.
    monkeypatch.setattr(_upload_source, "open", denied, raising=False)
    reject(client, server, path, "android", r"locked\.apk: cannot be read \(Permission denied\)")
    assert server.requests == []


def test_file_objects_are_checked_too(server: FakeRevyl, client: Revyl, tmp_path: Path) -> None:
    reject(client, server, io.BytesIO(APK), "android", "pass file_name=")
    reject(client, server, io.BytesIO(b""), "android", "file is empty", file_name="a.apk")
    reject(client, server, io.BytesIO(APK), "android", "looks like a split APK",
           file_name="split_x.apk")
    reject(client, server, io.StringIO("text"), "android", "binary", file_name="a.apk")
    with (tmp_path / "w.apk").open("wb") as write_only:
        reject(client, server, write_only, "android", "readable, binary and seekable")
    assert server.requests == []


def test_valid_artifacts_pass(server: FakeRevyl, client: Revyl,
                              make_zip: Callable[[str, dict[str, bytes]], Path]) -> None:
    android_zip = make_zip("android.zip", {
        "out/app-universal.apk": APK, "out/split_config.arm64.apk": APK,
        "__MACOSX/out/._app-universal.apk": b"resource fork",
    })
    client.builds.upload(server.app_id, android_zip, version="a")
    server.platform = "iOS"
    client.builds.upload(server.app_id, make_zip("ios.zip", IOS_APP), version="b")
    assert len(server.builds) == 2


def test_unknown_platform_still_applies_name_rules(server: FakeRevyl, client: Revyl,
                                                   tmp_path: Path) -> None:
    server.platform = "Web"
    path = tmp_path / "build.bin"
    path.write_bytes(APK)
    client.builds.upload(server.app_id, path, version="v")  # the server validates the rest
    with pytest.raises(revyl_sdk.InvalidArtifactError):
        client.builds.upload(server.app_id, io.BytesIO(zip_bytes({"Payload/A.app/x": b""})),
                             file_name="a.zip", version="w")
