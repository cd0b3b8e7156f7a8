"""What a test puts in place of the emulator's own answers: canned answers for requests
(`RevylEmulator.answer`) and raw transcripts for the SSE stream (`replay_stream`).

Transcripts are for testing a client's stream handling byte by byte (line endings,
comments, a message split over writes, a cut mid-message), which the live feed, always
well formed, never exercises.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Final

from .faults import request_matches

if TYPE_CHECKING:
    from .._server.middleware import RecordedRequest


class _DropConnection:
    def __repr__(self) -> str:
        return "DROP_CONNECTION"


DROP_CONNECTION: Final = _DropConnection()
"""A transcript step: close the connection at once, mid-stream, with no clean end."""

Answer = Any
"""A JSON body (status 200), a `(status, body)` tuple, or a callable taking the
`RecordedRequest` (its body included) and returning either."""

TranscriptStep = Any
"""bytes or str (written as is, one write each), a number (a pause in seconds), a
`threading.Event` (wait until it is set), `DROP_CONNECTION`, or a callable (called with
no arguments on the server, e.g. to note when the transcript got there)."""


@dataclass
class _CannedAnswer:
    path: str
    method: str | None
    query: dict[str, str]
    answers: list[Answer] = field(default_factory=list)

    def matches(self, method: str, path: str, query: dict[str, str]) -> bool:
        return request_matches(self.method, self.path, self.query, method, path, query)


class Canned:
    """Set from the test's thread, consumed by the server's."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._answers: list[_CannedAnswer] = []
        self._transcripts: list[list[TranscriptStep]] = []
        self._played = 0

    def add_answers(self, path: str, answers: Sequence[Answer], method: str | None,
                    query: dict[str, str]) -> None:
        with self._lock:
            self._answers.insert(0, _CannedAnswer(path, method, query, list(answers)))  # newest first

    def answer_for(self, request: RecordedRequest, query: dict[str, str]) -> tuple[int, Any] | None:
        """(status, body) for `request` if a canned answer matches it; the last one repeats."""
        with self._lock:
            canned = next((c for c in self._answers if c.matches(request.method, request.path, query)), None)
            if canned is None:
                return None
            answer = canned.answers.pop(0) if len(canned.answers) > 1 else canned.answers[0]
        if callable(answer):
            answer = answer(request)
        return answer if isinstance(answer, tuple) else (200, answer)

    def set_transcripts(self, transcripts: Sequence[Sequence[TranscriptStep]]) -> None:
        with self._lock:
            self._transcripts = [list(transcript) for transcript in transcripts]
            self._played = 0

    def next_transcript(self) -> list[TranscriptStep] | None:
        """What the next stream connection plays: the next transcript, the last one once all
        are played, or None (the live feed) when no transcript is set."""
        with self._lock:
            if not self._transcripts:
                return None
            transcript = self._transcripts[min(self._played, len(self._transcripts) - 1)]
            self._played += 1
            return transcript

    def clear(self) -> None:
        with self._lock:
            self._answers.clear()
            self._transcripts.clear()
            self._played = 0
