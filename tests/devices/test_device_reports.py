"""A device session's report and artifacts: the same report and downloader as a test run's,
against the emulator, every answer checked against the spec. The tests taking `any_client` run
on `Revyl` and on `AsyncRevyl` (see conftest.py)."""

from __future__ import annotations

import logging
import traceback
from pathlib import Path

import pytest
from device_support import pixel
from revyl_sdk import (
    ArtifactDownloadError,
    AsyncRevyl,
    DeviceReport,
    DeviceSession,
    ReportUnavailableError,
    Revyl,
    RunReport,
)
from revyl_sdk.testing import RevylEmulator

RED_SHOT = (207, 34, 46)  # the emulator's "after" screenshot of a step that failed
UNKNOWN = "00000000-0000-4000-8000-000000000000"


def _outline(report: DeviceReport) -> list[tuple[int, str, str | None, str, str | None]]:
    """The steps without their screenshot URLs (presigned anew, with the time, at each read)."""
    return [(step.index, step.id, step.description, step.status, step.error) for step in report.steps]


def _played(emulator: RevylEmulator, client: Revyl) -> DeviceSession:
    """A running session with three AI steps: done, a validation that fails, one that holds."""
    emulator.script_step("the cart shows*", outcome="failed", reason="The cart is empty")
    device = client.devices.start("android", device_model="Pixel 7", os_version="Android 14")
    device.instruct("open the cart")
    assert device.validate("the cart shows 2 items").passed is False
    assert device.validate("the title is visible").passed is True
    return device


def test_a_session_report_reads_like_a_run_report(emulator: RevylEmulator, any_client: Revyl,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("REVYL_APP_URL", raising=False)
    device = _played(emulator, any_client)
    report = device.report()
    assert isinstance(report, DeviceReport) and not isinstance(report, RunReport)
    assert (report.session_id, report.status, report.passed) == (device.session_id, "running", None)
    assert (report.platform, report.device) == ("android", "Pixel 7 (Android 14)")
    assert [(s.index, s.type, s.description, s.status) for s in report.steps] == [
        (1, "instruction", "open the cart", "passed"),
        (2, "validation", "the cart shows 2 items", "failed"),
        (3, "validation", "the title is visible", "passed")]
    failing = report.failing_step
    assert failing is not None and (failing.index, failing.error) == (2, "The cart is empty")
    assert failing.duration is not None and len(failing.screenshot_urls) == 2
    assert [(v.step_index, v.description, v.passed) for v in report.validations] == [
        (2, "the cart shows 2 items", False), (3, "the title is visible", True)]
    assert report.validations[0].reasoning == "The cart is empty"
    summary = report.summary
    assert (summary.total_steps, summary.passed_steps, summary.failed_steps) == (3, 2, 1)
    assert (summary.total_validations, summary.passed_validations) == (2, 1)
    assert report.report_url == f"https://app.revyl.ai/tests/report?sessionId={device.session_id}"
    assert report.video_url is None and report.hardware_metrics_url and report.device_logs_url
    assert "X-Amz-Signature" not in repr(report) and "X-Amz-Signature" not in repr(failing)

    device.stop()
    ended = any_client.devices.report(str(device.session_id))
    assert (ended.status, ended.passed, _outline(ended)) == ("completed", False, _outline(report))
    assert ended.video_url and ended.completed_at is not None and ended.duration is not None


def test_download_artifacts_saves_what_the_session_has(emulator: RevylEmulator, any_client: Revyl, tmp_path: Path,
                                                       caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    device = _played(emulator, any_client)
    device.stop()
    seen: dict[str, tuple[int, int | None]] = {}
    paths = device.download_artifacts(tmp_path, on_progress=lambda path, got, total: seen.__setitem__(
        str(path.relative_to(tmp_path)), (got, total)))
    names = [str(path.relative_to(tmp_path)) for path in paths]
    shots = [f"screenshots/step-{step:02d}-action-0-{moment}.png"
             for step in (1, 2, 3) for moment in ("before", "after")]
    assert names == ["video.mp4", *shots, "device-logs.txt", "network-requests.json.gz", "hardware-metrics.json.gz"]
    sizes = [path.stat().st_size for path in paths]
    assert [seen[name] for name in names] == [(size, size) for size in sizes] and all(sizes)
    files = {name: path.read_bytes() for name, path in zip(names, paths, strict=True)}
    assert files["video.mp4"][4:8] == b"ftyp"
    assert all(files[name].startswith(b"\x89PNG\r\n\x1a\n") for name in shots)
    assert pixel(files["screenshots/step-02-action-0-after.png"], 5, 5) == RED_SHOT
    assert pixel(files["screenshots/step-03-action-0-after.png"], 5, 5) != RED_SHOT
    assert b"E/RevylAgent( 4242): The cart is empty" in files["device-logs.txt"]
    assert all(files[name].startswith(b"\x1f\x8b") for name in names if name.endswith(".gz"))
    assert not list(tmp_path.rglob("*.part"))
    assert "X-Amz-Signature=" not in caplog.text.replace("X-Amz-Signature=REDACTED", "")


def test_a_failed_download_names_the_session_artifact_never_its_url(emulator: RevylEmulator, any_client: Revyl,
                                                                    tmp_path: Path) -> None:
    device = _played(emulator, any_client)
    device.stop()
    emulator.fail("/s3/*/video.mp4", status=503, times=None)
    with pytest.raises(ArtifactDownloadError) as raised:
        device.download_artifacts(tmp_path)
    assert str(raised.value) == f"could not download the video of session {device.session_id} (video.mp4): HTTP 503"
    shown = "".join(traceback.format_exception(raised.value))
    assert "X-Amz-Signature" not in shown and "/s3/" not in shown
    assert list(tmp_path.iterdir()) == []


def test_bad_directory_and_unknown_session_are_one_clear_error(emulator: RevylEmulator, any_client: Revyl,
                                                               tmp_path: Path) -> None:
    with any_client.devices.start("ios") as device:
        device.instruct("open the app")
        taken = tmp_path / "a-file"
        taken.write_text("kept")
        with pytest.raises(ArtifactDownloadError, match=r"^cannot write .*a-file.*: ") as raised:
            device.download_artifacts(taken)
        assert raised.value.__cause__ is None and taken.read_text() == "kept"
    with pytest.raises(ReportUnavailableError) as missing:
        any_client.devices.report(UNKNOWN)
    assert str(missing.value) == f"no report for session {UNKNOWN}: Device session not found"
    assert (missing.value.session_id, missing.value.task_id) == (UNKNOWN, None)


async def test_async_session_report_and_artifacts(emulator: RevylEmulator, aclient: AsyncRevyl,
                                                  tmp_path: Path) -> None:
    emulator.script_step("the cart shows*", outcome="failed", reason="The cart is empty")
    async with aclient.devices.start("android") as device:
        await device.instruct("open the cart")
        await device.validate("the cart shows 2 items")
        running = await device.report()
        assert running.status == "running" and running.video_url is None
    report = await aclient.devices.report(str(device.session_id))
    assert isinstance(report, DeviceReport) and report.status == "completed" and report.passed is False
    assert [(step.index, step.status) for step in report.steps] == [(1, "passed"), (2, "failed")]
    assert _outline(report) == _outline(running) and report.failing_step is not None
    assert report.failing_step.id == running.steps[1].id
    paths = await device.download_artifacts(tmp_path)
    assert [path.name for path in paths] == [
        "video.mp4", "step-01-action-0-before.png", "step-01-action-0-after.png", "step-02-action-0-before.png",
        "step-02-action-0-after.png", "device-logs.txt", "network-requests.json.gz", "hardware-metrics.json.gz"]
    with pytest.raises(ReportUnavailableError, match=f"^no report for session {UNKNOWN}: "):
        await aclient.devices.report(UNKNOWN)
