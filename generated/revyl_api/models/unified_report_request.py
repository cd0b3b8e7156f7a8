from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UnifiedReportRequest")


@_attrs_define
class UnifiedReportRequest:
    """Request model for unified report endpoint that supports both token and auth-based access

    Attributes:
        test_id (None | str | Unset):
        token (None | str | Unset):
        task_id (None | str | Unset):
        progressive (bool | Unset):  Default: False.
        load_images (bool | None | Unset):
        normalize (bool | None | Unset):
    """

    test_id: None | str | Unset = UNSET
    token: None | str | Unset = UNSET
    task_id: None | str | Unset = UNSET
    progressive: bool | Unset = False
    load_images: bool | None | Unset = UNSET
    normalize: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        test_id: None | str | Unset
        if isinstance(self.test_id, Unset):
            test_id = UNSET
        else:
            test_id = self.test_id

        token: None | str | Unset
        if isinstance(self.token, Unset):
            token = UNSET
        else:
            token = self.token

        task_id: None | str | Unset
        if isinstance(self.task_id, Unset):
            task_id = UNSET
        else:
            task_id = self.task_id

        progressive = self.progressive

        load_images: bool | None | Unset
        if isinstance(self.load_images, Unset):
            load_images = UNSET
        else:
            load_images = self.load_images

        normalize: bool | None | Unset
        if isinstance(self.normalize, Unset):
            normalize = UNSET
        else:
            normalize = self.normalize

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if test_id is not UNSET:
            field_dict["testId"] = test_id
        if token is not UNSET:
            field_dict["token"] = token
        if task_id is not UNSET:
            field_dict["taskId"] = task_id
        if progressive is not UNSET:
            field_dict["progressive"] = progressive
        if load_images is not UNSET:
            field_dict["loadImages"] = load_images
        if normalize is not UNSET:
            field_dict["normalize"] = normalize

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_test_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        test_id = _parse_test_id(d.pop("testId", UNSET))

        def _parse_token(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        token = _parse_token(d.pop("token", UNSET))

        def _parse_task_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        task_id = _parse_task_id(d.pop("taskId", UNSET))

        progressive = d.pop("progressive", UNSET)

        def _parse_load_images(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        load_images = _parse_load_images(d.pop("loadImages", UNSET))

        def _parse_normalize(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        normalize = _parse_normalize(d.pop("normalize", UNSET))

        unified_report_request = cls(
            test_id=test_id,
            token=token,
            task_id=task_id,
            progressive=progressive,
            load_images=load_images,
            normalize=normalize,
        )

        unified_report_request.additional_properties = d
        return unified_report_request

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
