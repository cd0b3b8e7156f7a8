"""Screenshots of a simulated device: real PNG images drawn with Pillow.

What is drawn follows the device: the screen's title and elements, field contents (the
text typed), a red ring where the last tap landed, an arrow for the last swipe or drag,
and the last action in a bar at the bottom. The same facts are embedded as a `tEXt`
chunk (`revyl:screen`, JSON) so tests can assert on them exactly: `read_screen(png)`.
"""

from __future__ import annotations

import io
import json
from functools import cache
from typing import Any

from PIL import Image, ImageDraw, ImageFont
from PIL.PngImagePlugin import PngInfo

from ..._state.phone import SCREENSHOT_SCALE, SimulatedDevice

__all__ = ["SCREEN_CHUNK", "TAP_COLOR", "read_screen", "render"]

SCREEN_CHUNK = "revyl:screen"
TAP_COLOR = (230, 40, 40)
_BACKGROUND = (246, 247, 251)
_INK = (28, 30, 38)
_MUTED = (110, 114, 128)
_ACCENT = (70, 88, 230)
_FIELD = (255, 255, 255)

FontT = ImageFont.FreeTypeFont | ImageFont.ImageFont


@cache
def _font(size: int) -> FontT:
    return ImageFont.load_default(size=size)


def render(device: SimulatedDevice) -> bytes:
    """The device's screen now, as PNG bytes (iOS at 3x its screen space)."""
    scale = SCREENSHOT_SCALE[device.platform]
    width, height = device.size
    image = Image.new("RGB", (width * scale, height * scale), _BACKGROUND)
    draw = ImageDraw.Draw(image)
    unit = height * scale / 100  # drawing sizes in hundredths of the screen's height
    small, normal, large = _font(round(unit * 1.6)), _font(round(unit * 2.2)), _font(round(unit * 3.2))

    def box(points: tuple[int, int, int, int]) -> tuple[int, int, int, int]:
        left, top, right, bottom = points
        return left * scale, top * scale, right * scale, bottom * scale

    status = "9:41" + ("   airplane" if device.airplane_mode else "")
    draw.text((unit * 2, unit * 1), status, font=small, fill=_MUTED)
    draw.text((unit * 2, unit * 5), device.title, font=large, fill=_INK)
    for element in device.elements():
        left, top, right, bottom = box(device.box_of(element))
        shown = device.label(element)
        middle = (top + bottom) / 2
        if element.kind == "field":
            draw.text((left, top - unit * 2.4), element.name, font=small, fill=_MUTED)
            focused = device.focused == element.name
            draw.rounded_rectangle((left, top, right, bottom), radius=unit, fill=_FIELD,
                                   outline=_ACCENT if focused else _MUTED, width=max(2, round(unit / 4)))
            draw.text((left + unit * 1.5, middle), shown, font=normal, fill=_INK, anchor="lm")
        elif element.kind in ("button", "icon"):
            draw.rounded_rectangle((left, top, right, bottom), radius=unit, fill=_ACCENT)
            draw.text(((left + right) / 2, middle), shown, font=normal, fill=(255, 255, 255), anchor="mm")
        else:
            draw.text((left, middle), shown, font=normal, fill=_INK, anchor="lm")
    _draw_marks(draw, device, scale, unit)
    draw.rectangle((0, image.height - unit * 6, image.width, image.height), fill=(232, 234, 242))
    draw.text((unit * 2, image.height - unit * 3), device.last_action[:60], font=small, fill=_INK, anchor="lm")
    info = PngInfo()
    info.add_text(SCREEN_CHUNK, json.dumps(device.summary()))
    out = io.BytesIO()
    image.save(out, "PNG", pnginfo=info)
    return out.getvalue()


def _draw_marks(draw: ImageDraw.ImageDraw, device: SimulatedDevice, scale: int, unit: float) -> None:
    if device.last_tap is not None:
        x, y = device.last_tap[0] * scale, device.last_tap[1] * scale
        radius = unit * 1.5
        draw.ellipse((x - radius, y - radius, x + radius, y + radius), outline=TAP_COLOR, width=round(unit / 2))
        draw.ellipse((x - unit / 3, y - unit / 3, x + unit / 3, y + unit / 3), fill=TAP_COLOR)
    if device.last_gesture is not None:
        x0, y0, x1, y1 = (value * scale for value in device.last_gesture)
        draw.line((x0, y0, x1, y1), fill=TAP_COLOR, width=round(unit / 2))
        draw.ellipse((x1 - unit, y1 - unit, x1 + unit, y1 + unit), fill=TAP_COLOR)


def read_screen(png: bytes) -> dict[str, Any]:
    """What an emulator screenshot shows (screen, texts, fields, typed text, last tap...)."""
    with Image.open(io.BytesIO(png)) as image:
        text = image.info.get(SCREEN_CHUNK)
    if not isinstance(text, str):
        raise ValueError("not a screenshot from the Revyl emulator (no revyl:screen chunk)")
    data: dict[str, Any] = json.loads(text)
    return data
