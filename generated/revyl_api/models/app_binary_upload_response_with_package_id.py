from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AppBinaryUploadResponseWithPackageId")


@_attrs_define
class AppBinaryUploadResponseWithPackageId:
    """Extended response that includes extracted package ID

    Attributes:
        upload_url (str):
        expires_at (int):
        content_type (str):
        download_url (str):
        package_id (None | str | Unset): Extracted package identifier (bundle ID for iOS, package name for Android)
    """

    upload_url: str = _attrs_field(repr=False)
    expires_at: int
    content_type: str
    download_url: str = _attrs_field(repr=False)
    package_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        upload_url = self.upload_url

        expires_at = self.expires_at

        content_type = self.content_type

        download_url = self.download_url

        package_id: None | str | Unset
        if isinstance(self.package_id, Unset):
            package_id = UNSET
        else:
            package_id = self.package_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "upload_url": upload_url,
                "expires_at": expires_at,
                "content_type": content_type,
                "download_url": download_url,
            }
        )
        if package_id is not UNSET:
            field_dict["package_id"] = package_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        upload_url = d.pop("upload_url")

        expires_at = d.pop("expires_at")

        content_type = d.pop("content_type")

        download_url = d.pop("download_url")

        def _parse_package_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        package_id = _parse_package_id(d.pop("package_id", UNSET))

        app_binary_upload_response_with_package_id = cls(
            upload_url=upload_url,
            expires_at=expires_at,
            content_type=content_type,
            download_url=download_url,
            package_id=package_id,
        )

        app_binary_upload_response_with_package_id.additional_properties = d
        return app_binary_upload_response_with_package_id

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
