"""The simulated phone behind each emulated device session: screens, elements and what actions do.

A small, deterministic demo app ("Revyl Demo": a sign-in form leading to a welcome
screen) on a launcher with a browser and settings. Actions change this state the way a
user would expect (a tap on a field focuses it, typing fills it, "Sign in" signs in) so
screenshots and the UI hierarchy follow what a test did. Coordinates are the device's
screen space: 1080x1920 pixels on Android, 393x852 points on iOS (screenshots there are
3x, as DEVICES.md §3.4 describes).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any
from xml.sax.saxutils import quoteattr

DEMO_BUNDLE = "com.example.revyldemo"  # what the emulator's dummy builds declare
SCREENS = {"android": (1080, 1920), "ios": (393, 852)}
SCREENSHOT_SCALE = {"android": 1, "ios": 3}
_SETTINGS_BUNDLES = {"com.android.settings", "com.apple.Preferences"}
_BROWSER_BUNDLES = {"com.android.chrome", "com.apple.mobilesafari"}


@dataclass(frozen=True)
class Element:
    """Something on screen; `box` is (left, top, right, bottom) as fractions of the screen."""

    name: str
    kind: str  # field | button | text | icon
    box: tuple[float, float, float, float]


_LAYOUTS: dict[str, tuple[str, list[Element]]] = {
    "launcher": ("Home", [Element("Revyl Demo", "icon", (0.08, 0.20, 0.30, 0.32)),
                          Element("Browser", "icon", (0.39, 0.20, 0.61, 0.32)),
                          Element("Settings", "icon", (0.70, 0.20, 0.92, 0.32))]),
    "login": ("Revyl Demo", [Element("Email", "field", (0.08, 0.28, 0.92, 0.35)),
                             Element("Password", "field", (0.08, 0.40, 0.92, 0.47)),
                             Element("Sign in", "button", (0.08, 0.53, 0.92, 0.60))]),
    "welcome": ("Revyl Demo", [Element("Welcome", "text", (0.08, 0.28, 0.92, 0.35)),
                               Element("Sign out", "button", (0.08, 0.53, 0.92, 0.60))]),
    "browser": ("Browser", [Element("Address", "text", (0.05, 0.12, 0.95, 0.18))]),
    "settings": ("Settings", [Element("Airplane mode", "text", (0.08, 0.20, 0.92, 0.26)),
                              Element("Location", "text", (0.08, 0.30, 0.92, 0.36))]),
}


@dataclass
class SimulatedDevice:
    platform: str
    app_installed: bool = False
    screen: str = "launcher"
    fields: dict[str, str] = field(default_factory=lambda: {"Email": "", "Password": ""})
    focused: str | None = None
    signed_in_as: str | None = None
    url: str | None = None
    airplane_mode: bool = False
    location: tuple[float, float] | None = None
    last_tap: tuple[int, int] | None = None
    last_gesture: tuple[int, int, int, int] | None = None  # a swipe or drag: from -> to
    last_action: str = "device ready"
    history: list[str] = field(default_factory=list)
    typed: list[str] = field(default_factory=list)  # every text typed, in order

    @property
    def size(self) -> tuple[int, int]:
        return SCREENS[self.platform]

    @property
    def title(self) -> str:
        return _LAYOUTS[self.screen][0]

    def elements(self) -> list[Element]:
        return list(_LAYOUTS[self.screen][1])

    def box_of(self, element: Element) -> tuple[int, int, int, int]:
        width, height = self.size
        left, top, right, bottom = element.box
        return round(left * width), round(top * height), round(right * width), round(bottom * height)

    def center_of(self, element: Element) -> tuple[int, int]:
        left, top, right, bottom = self.box_of(element)
        return (left + right) // 2, (top + bottom) // 2

    def element_at(self, x: int, y: int) -> Element | None:
        for element in self.elements():
            left, top, right, bottom = self.box_of(element)
            if left <= x <= right and top <= y <= bottom:
                return element
        return None

    def find(self, target: str) -> Element | None:
        """The element a grounding request names: exact name first, then a partial match."""
        wanted = target.strip().lower()
        for element in self.elements():
            if element.name.lower() == wanted:
                return element
        for element in self.elements():
            name = element.name.lower()
            if name in wanted or wanted in name:
                return element
        return None

    def label(self, element: Element) -> str:
        """What the element shows."""
        if element.kind == "field":
            value = self.fields[element.name]
            return "•" * len(value) if element.name == "Password" and value else value
        if element.name == "Welcome":
            return f"Welcome, {self.signed_in_as or 'guest'}!"
        if element.name == "Address":
            return self.url or ""
        if element.name == "Airplane mode":
            return f"Airplane mode: {'on' if self.airplane_mode else 'off'}"
        if element.name == "Location":
            return "Location: " + (f"{self.location[0]:.4f}, {self.location[1]:.4f}" if self.location else "not set")
        return element.name

    def visible_texts(self) -> list[str]:
        texts = [self.title]
        for element in self.elements():
            shown = self.label(element)
            texts.extend([element.name, shown] if element.kind == "field" and shown else [shown])
        return [text for text in texts if text]

    # -- what actions do -----------------------------------------------------------------------

    def go(self, screen: str) -> None:
        if screen != self.screen:
            self.history.append(self.screen)
            self.screen = screen
            self.focused = None

    def tap(self, x: int, y: int, label: str = "tap") -> None:
        self.last_tap, self.last_gesture = (x, y), None
        self.last_action = f"{label} ({x}, {y})"
        element = self.element_at(x, y)
        if element is None:
            return
        if element.kind == "field":
            self.focused = element.name
        elif element.name == "Sign in":
            self.sign_in()
        elif element.name == "Sign out":
            self.signed_in_as = None
            self.fields = {"Email": "", "Password": ""}
            self.go("login")
        elif element.name == "Revyl Demo":
            self.go("login" if self.signed_in_as is None else "welcome")
        elif element.name in ("Browser", "Settings"):
            self.go(element.name.lower())

    def sign_in(self) -> None:
        self.signed_in_as = self.fields["Email"] or "guest"
        self.go("welcome")

    def type_text(self, x: int, y: int, text: str, clear_first: bool) -> None:
        self.tap(x, y, "type at")
        self.typed.append(text)
        target = self.focused
        if target is not None:
            self.fields[target] = text if clear_first else self.fields[target] + text
        self.last_action = f"typed {text!r}" + (f" into {target}" if target else "")

    def key(self, key: str) -> None:
        self.last_action = f"key {key}"
        if key == "BACKSPACE" and self.focused is not None:
            self.fields[self.focused] = self.fields[self.focused][:-1]
        elif key == "ENTER" and self.screen == "login":
            self.sign_in()

    def gesture(self, label: str, start: tuple[int, int], end: tuple[int, int]) -> None:
        self.last_gesture, self.last_tap = (*start, *end), None
        self.last_action = label

    def back(self) -> str | None:
        """None, or why back cannot be pressed."""
        if self.platform == "ios":
            return "back is not available on iOS"
        self.last_action = "back"
        if self.history:
            self.screen, self.focused = self.history.pop(), None
        return None

    def launch(self, bundle_id: str | None) -> str | None:
        """None, or why the app cannot be launched."""
        bundle = bundle_id or (DEMO_BUNDLE if self.app_installed else None)
        if bundle is None:
            return "no app was installed by this session; give a bundle_id"
        if bundle == DEMO_BUNDLE and self.app_installed:
            self.go("login" if self.signed_in_as is None else "welcome")
        elif bundle in _SETTINGS_BUNDLES:
            self.go("settings")
        elif bundle in _BROWSER_BUNDLES:
            self.go("browser")
        else:
            return f"app {bundle} is not installed"
        self.last_action = f"launched {bundle}"
        return None

    def open_url(self, url: str) -> None:
        self.url = url
        self.last_action = f"opened {url}"
        if url.split("://", 1)[0] == "revyldemo" and self.app_installed:
            self.go("login" if self.signed_in_as is None else "welcome")
        else:
            self.go("browser")

    def hierarchy(self) -> tuple[str, str]:
        """(media type, text): Android's XML dump or iOS's JSON tree, as the worker sends them."""
        nodes = []
        for element in self.elements():
            left, top, right, bottom = self.box_of(element)
            nodes.append((element, self.label(element), (left, top, right, bottom)))
        if self.platform == "ios":
            tree = {"type": "Application", "label": self.title, "children": [
                {"type": _IOS_TYPES[e.kind], "label": e.name, "value": shown,
                 "frame": {"x": box[0], "y": box[1], "width": box[2] - box[0], "height": box[3] - box[1]}}
                for e, shown, box in nodes]}
            return "application/json", json.dumps(tree)
        rows = "".join(
            f'<node class="{_ANDROID_CLASSES[e.kind]}" text={quoteattr(shown)} content-desc={quoteattr(e.name)} '
            f'bounds="[{box[0]},{box[1]}][{box[2]},{box[3]}]" clickable="{str(e.kind != "text").lower()}"/>'
            for e, shown, box in nodes)
        width, height = self.size
        return "application/xml", (f'<?xml version="1.0" encoding="UTF-8"?><hierarchy rotation="0">'
                                   f'<node class="android.widget.FrameLayout" text={quoteattr(self.title)} '
                                   f'bounds="[0,0][{width},{height}]">{rows}</node></hierarchy>')

    def summary(self) -> dict[str, Any]:
        """The state a screenshot shows, also embedded in it for tests to read."""
        return {"platform": self.platform, "screen": self.screen, "title": self.title,
                "texts": self.visible_texts(), "fields": dict(self.fields), "focused": self.focused,
                "typed": list(self.typed), "last_tap": list(self.last_tap) if self.last_tap else None,
                "last_action": self.last_action, "url": self.url, "airplane_mode": self.airplane_mode,
                "location": list(self.location) if self.location else None}


_IOS_TYPES = {"field": "TextField", "button": "Button", "text": "StaticText", "icon": "Icon"}
_ANDROID_CLASSES = {"field": "android.widget.EditText", "button": "android.widget.Button",
                    "text": "android.widget.TextView", "icon": "android.widget.ImageView"}
