"""The device models and OS versions a run may ask for, per platform (AllPlatformTargets)."""

from __future__ import annotations

from typing import Any

_TARGETS = {
    "android": (("Pixel 8", "Android 14"), ("Pixel 8", "Android 15"), ("Pixel 7", "Android 14"),
                ("Pixel 7", "Android 13")),
    "ios": (("iPhone 16", "iOS 18.2"), ("iPhone 16", "iOS 17.5"), ("iPhone 15", "iOS 17.5")),
}


def _platform(pairs: tuple[tuple[str, str], ...]) -> dict[str, Any]:
    """PlatformTargetConfig: the first pair is the default."""
    models = list(dict.fromkeys(model for model, _ in pairs))
    runtimes = list(dict.fromkeys(runtime for _, runtime in pairs))
    return {"default_pair": {"model": pairs[0][0], "runtime": pairs[0][1]}, "available_runtimes": runtimes,
            "available_models": models,
            "compatible_runtimes": {model: [r for m, r in pairs if m == model] for model in models}}


def targets() -> dict[str, Any]:
    """AllPlatformTargets."""
    return {"platforms": {platform: _platform(pairs) for platform, pairs in _TARGETS.items()}}
