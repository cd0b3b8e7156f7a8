"""Checks for the emulator's device-proxy answers, which no spec describes.

The spec types every proxied action as `{}`; the shapes live in the SDK's declared models
(`revyl_sdk/_devices/actions.py`, each resting on a fact of DEVICES.md). An answer is
checked with the same strict readers the SDK uses, plus what the emulator must always
send (the envelope's `action` and `latency_ms`).
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ElementTree

import httpx
from revyl_sdk._devices import actions as a

PROXY_PREFIX = "/api/v1/execution/device-proxy/"
STOP_ROUTE = "/api/v1/execution/device/status/cancel/{workflow_run_id}"
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def is_proxy(route: str) -> bool:
    return route.startswith(PROXY_PREFIX)


def check_proxy_answer(route: str, response: httpx.Response) -> None:
    """Raise if a proxied answer breaks the declared model of its action."""
    status = response.status_code
    if status >= 400:
        body = response.json()
        assert isinstance(body, dict) and ("detail" in body or body.get("success") is False), body
        return
    if route.endswith("/step_status/{step_id}"):
        step = a.read_model(a.StepStatus, response.json())
        if not step.running:
            a.read_model(a.LiveStepResult, step.result)
        return
    if route.endswith("/step_cancel/{step_id}"):
        assert status == 202
        assert a.read_model(a.StepCancelAccepted, response.json()).status == "cancelling"
        return
    name = response.request.url.path.rsplit("/", 1)[-1]
    action = a.ACTIONS.get(name)
    if action is None:  # worker endpoints the SDK does not use (tap_target, wait): an envelope
        assert isinstance(response.json().get("success"), bool), response.text
    elif action.answer == "png":
        assert response.headers["content-type"] == "image/png" and response.content.startswith(PNG_SIGNATURE)
    elif action.answer == "text":
        if response.headers["content-type"].startswith("application/json"):
            json.loads(response.text)
        else:
            ElementTree.fromstring(response.text)
    elif action.answer is a.StepAccepted:
        assert status == 202 and a.read_model(a.StepAccepted, response.json()).accepted
    elif action.answer is a.ActionResult:
        body = response.json()
        a.ActionResult.read(body)
        assert body["action"] == name and isinstance(body["latency_ms"], int | float), body
    else:
        a.read_model(action.answer, response.json())


def check_stop_answer(response: httpx.Response) -> None:
    """The stop route's spec schema is empty; DEVICES.md §4.4 says what it carries."""
    if response.status_code == 200:
        stopped = a.read_model(a.StopResult, response.json())
        assert stopped.success is not None and stopped.message
