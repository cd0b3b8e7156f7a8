"""Local artifact checks: each rule rejects with a one-line message before any upload request."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest
import revyl_sdk
from revyl_sdk import InvalidArtifactError, Revyl
from revyl_sdk._uploads import source as _upload_source
from revyl_sdk.testing import RevylEmulator, write_dummy_apk, write_dummy_ios_app
from upload_support import zip_bytes

APK = b"PK\x03\x04 pretend apk"
IOS_APP = {"Demo.app/Info.plist": b"<plist/>", "Demo.app/Demo": b"\x00" * 64}


def reject(client: Revyl, app_id: str, file: object, platform: str | None,
           match: str, **kwargs: object) -> InvalidArtifactError:
    metadata = {"platform": platform} if platform else None
    with pytest.raises(InvalidArtifactError, match=match) as raised:
        client.builds.upload(app_id, file, version="v", metadata=metadata,  # type: ignore[arg-type]
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
def test_name_rules_reject_without_any_request(emulator: RevylEmulator, emulated: Revyl, app_id: str,
                                               tmp_path: Path, name: str, platform: str | None,
                                               match: str) -> None:
    path = tmp_path / name
    path.write_bytes(APK)
    error = reject(emulated, app_id, path, platform, match)
    assert str(path) in str(error)
    assert emulator.requests == []


@pytest.mark.parametrize(("name", "entries", "platform", "match"), [
    ("ipa.zip", {"Payload/Demo.app/Info.plist": b""}, "ios", "holds Payload/\\*.app.*IPA"),
    ("ipa.zip", {"Payload/Demo.app/Info.plist": b""}, "android", "IPA"),
    ("noplist.zip", {"Demo.app/Demo": b"\x00"}, "ios", r"no \*\.app/Info\.plist inside"),
    ("empty.zip", {"readme.txt": b"hi"}, "android", "exactly one non-split .apk, found 0"),
    ("two.zip", {"a.apk": APK, "b/b.apk": APK}, "android", "exactly one non-split .apk, found 2"),
    ("splits.zip", {"split_config.x86.apk": APK}, "android", "found 0"),
])
def test_zip_content_rules(emulator: RevylEmulator, emulated: Revyl, app_id: str,
                           make_zip: Callable[[str, dict[str, bytes]], Path], name: str,
                           entries: dict[str, bytes], platform: str, match: str) -> None:
    reject(emulated, app_id, make_zip(name, entries), platform, match)
    assert emulator.requests == []


@pytest.mark.parametrize(("name", "platform", "match"), [
    ("app.apk", "ios", r"an \.apk is an Android build; an iOS build must be a zipped"),
    ("app.tar.gz", "ios", "unsupported file type"),
    ("app.bin", "android", r"must be an \.apk or a \.zip holding one \.apk"),
])
def test_artifact_must_fit_the_platform(emulator: RevylEmulator, emulated: Revyl, app_id: str, tmp_path: Path,
                                        name: str, platform: str, match: str) -> None:
    path = tmp_path / name
    path.write_bytes(APK)
    reject(emulated, app_id, path, platform, match)
    assert emulator.requests == []


def test_platform_comes_from_the_app_when_not_in_metadata(emulator: RevylEmulator, emulated: Revyl,
                                                          tmp_path: Path) -> None:
    ios_app = emulator.add_app("demo", "iOS")
    path = tmp_path / "app.apk"
    path.write_bytes(APK)
    reject(emulated, ios_app, path, None, "an iOS build must be a zipped")
    assert [(r.method, r.path) for r in emulator.requests] == [("GET", f"/api/v1/apps/{ios_app}")]  # no upload


def test_not_a_zip(emulator: RevylEmulator, emulated: Revyl, app_id: str, tmp_path: Path) -> None:
    path = tmp_path / "build.zip"
    path.write_bytes(b"definitely not a zip archive")
    reject(emulated, app_id, path, "ios", "not a valid zip archive")
    assert emulator.requests == []


@pytest.mark.parametrize(("make", "match"), [
    (lambda tmp: tmp / "missing.apk", "missing.apk: no such file"),
    (lambda tmp: tmp, "is a directory, not a build file"),
    (lambda tmp: (tmp / "Demo.app").mkdir() or tmp / "Demo.app", r"zip the \.app bundle first"),
    (lambda tmp: _write(tmp / "empty.apk", b""), "empty.apk: file is empty"),
])
def test_file_must_exist_and_be_non_empty(emulator: RevylEmulator, emulated: Revyl, app_id: str, tmp_path: Path,
                                          make: Callable[[Path], Path], match: str) -> None:
    reject(emulated, app_id, make(tmp_path), "android", match)
    assert emulator.requests == []


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def test_unreadable_file(emulator: RevylEmulator, emulated: Revyl, app_id: str, tmp_path: Path,
                         monkeypatch: pytest.MonkeyPatch) -> None:
    path = _write(tmp_path / "locked.apk", APK)

    def denied(*args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    # chmod 000 does not stop root (CI containers often run as root): deny the open instead.
    monkeypatch.setattr(_upload_source, "open", denied, raising=False)
    reject(emulated, app_id, path, "android", r"locked\.apk: cannot be read \(Permission denied\)")
    assert emulator.requests == []


def test_file_objects_are_checked_too(emulator: RevylEmulator, emulated: Revyl, app_id: str, tmp_path: Path) -> None:
    reject(emulated, app_id, io.BytesIO(APK), "android", "pass file_name=")
    reject(emulated, app_id, io.BytesIO(b""), "android", "file is empty", file_name="a.apk")
    reject(emulated, app_id, io.BytesIO(APK), "android", "looks like a split APK",
           file_name="split_x.apk")
    reject(emulated, app_id, io.StringIO("text"), "android", "binary", file_name="a.apk")
    with (tmp_path / "w.apk").open("wb") as write_only:
        reject(emulated, app_id, write_only, "android", "readable, binary and seekable")
    assert emulator.requests == []


def test_valid_artifacts_pass(emulator: RevylEmulator, emulated: Revyl, app_id: str, tmp_path: Path,
                              make_zip: Callable[[str, dict[str, bytes]], Path]) -> None:
    apk = write_dummy_apk(tmp_path / "universal.apk").read_bytes()
    android_zip = make_zip("android.zip", {
        "out/app-universal.apk": apk, "out/split_config.arm64.apk": APK,
        "__MACOSX/out/._app-universal.apk": b"resource fork",
    })
    emulated.builds.upload(app_id, android_zip, version="a")
    ios_zip = write_dummy_ios_app(tmp_path / "ios.zip")
    emulated.builds.upload(emulator.add_app("demo", "iOS"), ios_zip, version="b")
    assert [r.status for r in emulator.requests if r.method == "POST" and r.path.endswith("/builds")] == [
        200, 200]


def test_unknown_platform_still_applies_name_rules(emulator: RevylEmulator, emulated: Revyl, app_id: str,
                                                   tmp_path: Path) -> None:
    # The app as the backend might one day send it: a platform the SDK has no rules for.
    app = httpx.get(f"{emulator.base_url}/api/v1/apps/{app_id}",
                    headers={"Authorization": f"Bearer {emulator.api_key}"}).json()
    emulator.fail(f"/api/v1/apps/{app_id}", method="GET", status=200, body={**app, "platform": "Web"},
                  times=None)
    path = tmp_path / "build.bin"
    path.write_bytes(write_dummy_apk(tmp_path / "real.apk").read_bytes())
    emulated.builds.upload(app_id, path, version="v")  # the server validates the rest
    with pytest.raises(revyl_sdk.InvalidArtifactError):
        emulated.builds.upload(app_id, io.BytesIO(zip_bytes({"Payload/A.app/x": b""})),
                               file_name="a.zip", version="w")
