"""Cross-check: uploads also work against `revyl_sdk.testing`, the independently written emulator."""

from __future__ import annotations

from pathlib import Path

from revyl_sdk import AsyncRevyl, Revyl
from revyl_sdk.testing import RevylEmulator
from revyl_sdk.testing._dummy import write_dummy_apk


async def test_sync_and_async_uploads_against_the_emulator(tmp_path: Path) -> None:
    apk = write_dummy_apk(tmp_path / "app.apk", package="com.example.crosscheck")
    with RevylEmulator() as emulator:
        app_id = emulator.add_app("demo", "Android")
        with Revyl(emulator.api_key, base_url=emulator.base_url) as client:
            single = client.builds.upload(app_id, apk, version="1")
            multipart = client.builds.upload(app_id, apk, version="2", part_size=64,
                                             resume=True, resume_dir=tmp_path / "state")
        async with AsyncRevyl(emulator.api_key, base_url=emulator.base_url) as async_client:
            parallel = await async_client.builds.upload(app_id, apk, version="3", part_size=64)
    assert {single.package_name, multipart.package_name, parallel.package_name} == {
        "com.example.crosscheck"}
    assert [single.version, multipart.version, parallel.version] == ["1", "2", "3"]
