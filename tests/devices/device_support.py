"""Helpers for device tests: request counting and reading emulator screenshots."""

from __future__ import annotations

import io

from PIL import Image
from revyl_sdk.testing import RevylEmulator

RED = (230, 40, 40)


def calls(emulator: RevylEmulator, action: str, method: str | None = None) -> int:
    """How many requests for the proxied `action` (the path's last segment) reached the emulator."""
    return sum(1 for r in emulator.requests
               if r.path.rsplit("/", 1)[-1] == action and (method is None or r.method == method))


def pixel(png: bytes, x: int, y: int) -> tuple[int, int, int]:
    with Image.open(io.BytesIO(png)) as image:
        value = image.convert("RGB").getpixel((x, y))
    assert isinstance(value, tuple)
    return (int(value[0]), int(value[1]), int(value[2]))


def size(png: bytes) -> tuple[int, int]:
    with Image.open(io.BytesIO(png)) as image:
        return image.size


def dark_pixels(png: bytes, box: tuple[int, int, int, int]) -> int:
    """How many near-black pixels (drawn text) are inside `box` of the image."""
    with Image.open(io.BytesIO(png)) as image:
        histogram = image.convert("L").crop(box).histogram()
    return sum(histogram[:100])
