from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ErrorImage")


@_attrs_define
class ErrorImage:
    """Model for error images returned in eval response.

    Attributes:
        step_index (int):
        image_type (str):
        retry_index (int | None | Unset):
        error_type (None | str | Unset):
        step_description (None | str | Unset):
        data (None | str | Unset):
        url (None | str | Unset):
    """

    step_index: int
    image_type: str
    retry_index: int | None | Unset = UNSET
    error_type: None | str | Unset = UNSET
    step_description: None | str | Unset = UNSET
    data: None | str | Unset = UNSET
    url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        step_index = self.step_index

        image_type = self.image_type

        retry_index: int | None | Unset
        if isinstance(self.retry_index, Unset):
            retry_index = UNSET
        else:
            retry_index = self.retry_index

        error_type: None | str | Unset
        if isinstance(self.error_type, Unset):
            error_type = UNSET
        else:
            error_type = self.error_type

        step_description: None | str | Unset
        if isinstance(self.step_description, Unset):
            step_description = UNSET
        else:
            step_description = self.step_description

        data: None | str | Unset
        if isinstance(self.data, Unset):
            data = UNSET
        else:
            data = self.data

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "step_index": step_index,
                "image_type": image_type,
            }
        )
        if retry_index is not UNSET:
            field_dict["retry_index"] = retry_index
        if error_type is not UNSET:
            field_dict["error_type"] = error_type
        if step_description is not UNSET:
            field_dict["step_description"] = step_description
        if data is not UNSET:
            field_dict["data"] = data
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        step_index = d.pop("step_index")

        image_type = d.pop("image_type")

        def _parse_retry_index(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        retry_index = _parse_retry_index(d.pop("retry_index", UNSET))

        def _parse_error_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error_type = _parse_error_type(d.pop("error_type", UNSET))

        def _parse_step_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        step_description = _parse_step_description(d.pop("step_description", UNSET))

        def _parse_data(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        data = _parse_data(d.pop("data", UNSET))

        def _parse_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        url = _parse_url(d.pop("url", UNSET))

        error_image = cls(
            step_index=step_index,
            image_type=image_type,
            retry_index=retry_index,
            error_type=error_type,
            step_description=step_description,
            data=data,
            url=url,
        )

        error_image.additional_properties = d
        return error_image

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
