from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GroundRequest")


@_attrs_define
class GroundRequest:
    """Request body for the grounding proxy endpoint.

    Attributes:
        target: Natural language description of the UI element to locate.
        image_base64: Base64-encoded screenshot (PNG or JPEG).
        width: Width of the screenshot in pixels.
        height: Height of the screenshot in pixels.
        platform: Device platform ('android' or 'ios').
        session_id: Optional device session ID for cost tracking.
        grounder_type: Optional grounder model override.

        Attributes:
            target (str): Natural language description of the element to locate
            image_base64 (str): Base64-encoded screenshot image (PNG or JPEG)
            width (int): Screenshot width in pixels
            height (int): Screenshot height in pixels
            platform (str | Unset): Device platform Default: 'android'.
            session_id (None | str | Unset): Device session ID for cost tracking
            grounder_type (None | str | Unset): Grounder model override
    """

    target: str
    image_base64: str
    width: int
    height: int
    platform: str | Unset = "android"
    session_id: None | str | Unset = UNSET
    grounder_type: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        target = self.target

        image_base64 = self.image_base64

        width = self.width

        height = self.height

        platform = self.platform

        session_id: None | str | Unset
        if isinstance(self.session_id, Unset):
            session_id = UNSET
        else:
            session_id = self.session_id

        grounder_type: None | str | Unset
        if isinstance(self.grounder_type, Unset):
            grounder_type = UNSET
        else:
            grounder_type = self.grounder_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "target": target,
                "image_base64": image_base64,
                "width": width,
                "height": height,
            }
        )
        if platform is not UNSET:
            field_dict["platform"] = platform
        if session_id is not UNSET:
            field_dict["session_id"] = session_id
        if grounder_type is not UNSET:
            field_dict["grounder_type"] = grounder_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        target = d.pop("target")

        image_base64 = d.pop("image_base64")

        width = d.pop("width")

        height = d.pop("height")

        platform = d.pop("platform", UNSET)

        def _parse_session_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        session_id = _parse_session_id(d.pop("session_id", UNSET))

        def _parse_grounder_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        grounder_type = _parse_grounder_type(d.pop("grounder_type", UNSET))

        ground_request = cls(
            target=target,
            image_base64=image_base64,
            width=width,
            height=height,
            platform=platform,
            session_id=session_id,
            grounder_type=grounder_type,
        )

        ground_request.additional_properties = d
        return ground_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
