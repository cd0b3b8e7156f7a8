"""The load and fault scenarios of `_load.py` at CI size: behaviour only (no error, no crossed
answer, bounded connections, one stream and no polling, every result correct, one run per
start). `make soak` runs the same scenarios full size and prints their figures."""

from __future__ import annotations

from _load import backend_faults, many_runs, shared_sync_client


def test_one_sync_client_shared_by_32_threads() -> None:
    figures = shared_sync_client(threads=32, rounds=3)
    assert figures["waits"] == 32  # round 0 of each thread runs and waits
    # One pool for every thread: about one connection per thread in flight plus the stream,
    # never more than the pool's limit (httpx's default of 100) however many threads there are.
    assert 1 <= figures["peak connections"] <= 100
    # The shared stream ends when no wait needs it and opens again for the next: never one per wait.
    assert 1 <= figures["stream connections"] < figures["waits"]


def test_many_runs_followed_at_once_use_one_stream_and_no_polling() -> None:
    figures = many_runs(60)
    for mode in ("async gather", "sync wait_all"):
        assert figures[f"{mode}: stream connections"] == 1
        # At most the one status read that confirms each terminal event: no polling.
        assert figures[f"{mode}: status reads per run"] <= 1


def test_results_arrive_correctly_through_outages_dropped_streams_and_502s() -> None:
    figures = backend_faults(runs=24, threads=6, outages=2)
    assert figures["outages"] == 2 and figures["answered 502"] > 0
    assert figures["stream connections"] >= 2  # the stream came back after the outages
