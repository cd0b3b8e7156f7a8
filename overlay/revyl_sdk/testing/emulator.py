"""`RevylEmulator`: a local, stateful Revyl backend for tests, demos and recording."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Sequence
from pathlib import Path
from types import TracebackType
from typing import Any, Self

from ._areas.apps import ops as apps
from ._areas.builds import ops as builds
from ._areas.devices import ops as devices
from ._areas.devices import shapes as device_shapes
from ._areas.tests import ops as tests
from ._areas.tests import shapes as test_shapes
from ._areas.workflows import ops as workflows
from ._areas.workflows import shapes as workflow_shapes
from ._dummy import write_dummy_apk, write_dummy_ios_app
from ._server.app import build_app
from ._server.middleware import RecordedRequest
from ._server.thread import ServerThread
from ._state.canned import Answer, TranscriptStep
from ._state.devices import DeviceAction, StepOutcome, StepScript
from ._state.faults import HttpFault
from ._state.scripts import ARTIFACTS, Outcome, Script, TerminalEvent
from ._state.store import Settings, Store

DEFAULT_API_KEY = "revyl-emulator-key"
_MiB = 1024 * 1024


class RevylEmulator:
    """A real HTTP server on a loopback port that answers like Revyl's backend.

        with RevylEmulator() as emulator:
            client = Revyl(emulator.api_key, base_url=emulator.base_url)

    Runs take `queued_seconds` in the queue, then `step_seconds` per step (defaults for
    every test; `script` changes one test). Uploaded builds are kept in `storage_dir`
    (a temporary folder, removed on stop, unless you pass one).
    """

    def __init__(
        self,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        api_key: str = DEFAULT_API_KEY,
        step_seconds: float = 0.02,
        queued_seconds: float = 0.01,
        heartbeat_seconds: float = 15.0,
        part_size: int = 8 * _MiB,
        presign_ttl_seconds: int = 24 * 3600,
        app_url: str = "https://app.revyl.ai",
        storage_dir: str | Path | None = None,
    ) -> None:
        self._own_storage = storage_dir is None
        folder = Path(storage_dir) if storage_dir else Path(tempfile.mkdtemp(prefix="revyl-emulator-"))
        settings = Settings(api_key, step_seconds, queued_seconds, heartbeat_seconds, part_size,
                            presign_ttl_seconds, app_url, folder)
        self._store = Store.new(settings)
        self._requests: list[RecordedRequest] = []
        self._server = ServerThread(build_app(self._store, self._requests), host, port)
        bracketed = f"[{host}]" if ":" in host else host
        self._store.base_url = f"http://{bracketed}:{self._server.port}"
        self._started = False

    # -- lifecycle ---------------------------------------------------------------------------

    @property
    def base_url(self) -> str:
        """Pass as `base_url` (or REVYL_BACKEND_URL): e.g. http://127.0.0.1:53117."""
        return self._store.base_url

    @property
    def api_key(self) -> str:
        """The one key the emulator accepts; any other gets 401."""
        return self._store.settings.api_key

    @property
    def storage_dir(self) -> Path:
        return self._store.settings.storage_dir

    def env(self) -> dict[str, str]:
        """REVYL_BACKEND_URL and REVYL_API_KEY pointing at this emulator."""
        return {"REVYL_BACKEND_URL": self.base_url, "REVYL_API_KEY": self.api_key}

    def start(self) -> Self:
        if self._started:
            raise RuntimeError("This emulator was already started; create a new one")
        self._started = True
        self._server.start()
        return self

    def stop(self) -> None:
        self._store.closing = True
        self._server.stop()
        if self._own_storage:
            shutil.rmtree(self.storage_dir, ignore_errors=True)

    def wait(self) -> None:
        """Serve until interrupted (for the command line)."""
        self._server.wait()

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.stop()

    def __repr__(self) -> str:
        return f"RevylEmulator(base_url={self.base_url!r})"

    # -- scenarios ---------------------------------------------------------------------------

    def script(
        self,
        test_id: str | None,
        *,
        outcome: Outcome = "passed",
        steps: int | None = None,
        step_seconds: float | None = None,
        queued_seconds: float | None = None,
        fail_at_step: int | None = None,
        error_message: str | None = None,
        terminal_event: TerminalEvent = "with_data",
        artifacts: tuple[str, ...] = ARTIFACTS,
    ) -> None:
        """How later runs of `test_id` unfold (`None`: every test without its own script).

        Runs inside workflows follow their test's script too. See `Script` for the fields.
        """
        script = Script(outcome, steps, step_seconds, queued_seconds, fail_at_step,
                        error_message, terminal_event, tuple(artifacts))
        with self._store.lock:
            if test_id is None:
                self._store.runs.default_script = script
            else:
                self._store.runs.scripts[test_id] = script

    def script_by_name(self, name: str, **script: Any) -> None:
        """Like `script`, for every test called `name`, including tests created later (from
        YAML, say, by the code under test). A test's own script still wins."""
        with self._store.lock:
            self._store.runs.scripts_by_name[name] = Script(**script)

    def fail(self, path: str, *, status: int = 503, times: int | None = 1,
             method: str | None = None, body: Any = None,
             headers: dict[str, str] | None = None, after_handling: bool = False,
             drop: bool = False, query: dict[str, str] | None = None, rate: float = 1.0) -> None:
        """Answer the next `times` requests to `path` (a glob, e.g. `/api/v1/apps/*`) with `status`.

        `times=None` fails every matching request until `clear_faults`. The body defaults to
        `{"detail": <reason>}`; `headers` (e.g. `{"Retry-After": "1"}`) are added.
        `after_handling=True`: the request is handled first (a run starts, a build is made)
        and only its answer is replaced, as when a proxy loses the backend's answer.
        `drop=True`: no answer at all; the connection is closed (before handling, or after it
        with `after_handling=True`), so the client sees a dropped connection, not a status.
        `query` narrows the fault to requests with these query parameters (e.g. one part of a
        multipart upload: `fail("/s3/*", method="PUT", query={"partNumber": "3"})`).
        `rate` (0 to 1): only that share of the matching requests, picked by a seeded draw
        (`fail("/api/*", status=502, times=None, rate=0.1)`: one request in ten, at random).
        """
        if not 0.0 < rate <= 1.0:
            raise ValueError(f"rate must be in (0, 1], got {rate!r}")
        if drop and (body is not None or headers):
            raise ValueError("drop=True sends no answer: body and headers cannot be given with it")
        self._store.faults.add(HttpFault(path, method, status, 0.0, times, body, headers or {},
                                         after_handling, drop, dict(query or {}), rate))

    def slow_down(self, path: str, seconds: float, *, times: int | None = 1,
                  method: str | None = None, query: dict[str, str] | None = None,
                  after_handling: bool = False) -> None:
        """Delay the next `times` requests to `path` (and `query`, as for `fail`) by `seconds`
        before answering normally. `after_handling=True`: the request takes effect at once and
        only its answer is delayed (a client timing out meanwhile has started the run all the same)."""
        self._store.faults.add(HttpFault(path, method, None, seconds, times, after_handling=after_handling,
                                         query=dict(query or {})))

    def drop_stream(self, *, after_events: int = 0, times: int = 1) -> None:
        """Cut the next `times` SSE connections after `after_events` events past `initial_state`."""
        self._store.faults.drop_stream(after_events, times)

    def answer(self, path: str, *answers: Answer, method: str | None = None,
               query: dict[str, str] | None = None) -> None:
        """Answer requests to `path` (a glob, as for `fail`) with `answers` in turn, in place of
        the emulator's handler (no key check, no state change); the last one repeats until
        `clear_faults`. An answer is a JSON body (200), a `(status, body)` tuple, or a callable
        taking the `RecordedRequest` (body included) and returning either. `query` narrows it
        as for `fail`; the newest matching `answer` wins. Injected faults apply as to the handler:
        one before handling answers instead, one after handling replaces or delays the canned answer.
        """
        if not answers:
            raise ValueError("answer() needs at least one answer")
        self._store.canned.add_answers(path, answers, method, dict(query or {}))

    def replay_stream(self, *transcripts: Sequence[TranscriptStep]) -> None:
        """The next SSE connections play these transcripts, one each, as raw bytes instead of
        the live feed; the last one is replayed for every later connection until `clear_faults`.

        A step is bytes or str (written as is, one write each), a number (a pause in seconds),
        a `threading.Event` (waited for, up to 10 s), `DROP_CONNECTION` (the connection is
        closed at once) or a callable (called on the server, e.g. to note the time). After the
        last step the stream stays open and silent until the client leaves.
        """
        self._store.canned.set_transcripts(transcripts)

    def clear_faults(self) -> None:
        """Remove every injected fault, canned answer and stream transcript."""
        self._store.faults.clear()
        self._store.canned.clear()

    # -- seeding -----------------------------------------------------------------------------

    def add_app(self, name: str, platform: str = "Android", description: str | None = None) -> str:
        """Create an app directly; its id."""
        return apps.create_app(self._store, name, tests.platform_of(platform), description).id

    def add_test(self, name: str, *, platform: str = "android",
                 steps: list[str] | None = None, yaml: str | None = None,
                 app_id: str | None = None, tags: list[str] | None = None) -> str:
        """Create a test from step descriptions (or from a test YAML); its id."""
        if yaml is not None:
            return tests.add_from_yaml_document(self._store, yaml, app_id, tags).id
        return tests.add_from_steps(self._store, name, platform, steps, app_id, tags).id

    def add_workflow(self, name: str, test_ids: list[str]) -> str:
        """Create a workflow running `test_ids`; its id."""
        return workflows.add_workflow(self._store, name, test_ids).id

    def add_build(self, app_id: str, version: str, artifact: str | Path | None = None, *,
                  set_as_current: bool = True) -> str:
        """Store a build of `app_id` as if uploaded (default: a dummy for the app's platform); its id."""
        with self._store.lock:
            platform = self._store.apps.require(app_id).platform
        with tempfile.TemporaryDirectory() as scratch:
            if artifact is None:
                name = "app.apk" if platform == "Android" else "app.zip"
                write = write_dummy_apk if platform == "Android" else write_dummy_ios_app
                artifact = write(Path(scratch) / name)
            return builds.add_build(self._store, app_id, version, Path(artifact), set_as_current).id

    # -- devices -----------------------------------------------------------------------------

    def configure_devices(self, *, ready_seconds: float | None = None, connect_seconds: float | None = None,
                          step_seconds: float | None = None, never_ready: bool | None = None) -> None:
        """How devices behave from now on (sessions already started included).

        `ready_seconds`: from start until a worker is connected (default 0.05);
        `connect_seconds`: then until `health` says the device is connected (0.02);
        `step_seconds`: how long an AI step runs unless its script says (0.05);
        `never_ready=True`: no worker ever connects (a start then times out).
        """
        devices.configure(self._store, ready_seconds=ready_seconds, connect_seconds=connect_seconds,
                          step_seconds=step_seconds, never_ready=never_ready)

    def script_step(self, match: str = "*", *, outcome: StepOutcome = "passed", seconds: float | None = None,
                    value: str | None = None, reason: str | None = None) -> None:
        """How AI steps whose description matches the glob `match` (any case) end.

        `outcome`: `passed`, `failed` (a validation that does not hold, an instruction that
        could not be done) or `error`. `value`: what `extract` finds (default: the screen's
        texts). `reason`: the step's `status_reason`. The latest matching script wins.
        """
        devices.add_step_script(self._store, StepScript(outcome, match, seconds, value, reason))

    def lose_device(self, session_id: str) -> None:
        """The session's device disconnects now: actions fail, the worker connection says `failed`."""
        devices.lose_device(self._store, session_id)

    def device_actions(self, session_id: str) -> list[DeviceAction]:
        """Every request the session received through the device proxy, oldest first."""
        with self._store.lock:
            return list(devices.session_for_inspection(self._store, session_id).actions)

    def device_session(self, session_id: str) -> dict[str, Any]:
        """The session as `GET /device-sessions/{session_id}` answers (status, times, counts)."""
        with self._store.lock:
            return device_shapes.detail(devices.session_for_inspection(self._store, session_id))

    # -- inspection --------------------------------------------------------------------------

    @property
    def requests(self) -> list[RecordedRequest]:
        """Every request answered so far, oldest first (method, path, query, headers, status)."""
        return list(self._requests)

    def wait_idle(self, timeout: float = 5.0) -> None:
        """Block until no request is being handled (an open event stream counts as one).

        A client that gave up on a request has not ended it: the server may still store the
        part or start the run it received. Call this before asserting on what the emulator
        holds after an interrupted call. Raises `TimeoutError` after `timeout` seconds.
        """
        if not self._store.in_flight.wait_idle(timeout):
            raise TimeoutError(f"the emulator was still handling requests after {timeout} s")

    def test_run(self, task_id: str) -> dict[str, Any]:
        """The run's current state, as `get_test_execution_task` would answer."""
        with self._store.lock:
            return test_shapes.run_status(self._store.runs.require_test(task_id))

    def workflow_run(self, task_id: str) -> dict[str, Any]:
        """The workflow run's current state, as `/workflows/status/{task_id}` would answer."""
        with self._store.lock:
            return workflow_shapes.run_status(self._store.runs.require_workflow(task_id))

    def build_bytes(self, build_id: str) -> bytes:
        """The artifact stored for a build (what the upload delivered)."""
        with self._store.lock:
            key = self._store.builds.require(build_id).object_key
        return self._store.objects.path(key).read_bytes()

    def events(self) -> list[tuple[str, dict[str, Any]]]:
        """Every SSE event published so far (name, payload), oldest first."""
        return [(entry.event, entry.data) for entry in self._store.feed.entries()]
