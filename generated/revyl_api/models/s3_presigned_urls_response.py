from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.s3_presigned_urls_response_errors import S3PresignedUrlsResponseErrors
    from ..models.s3_presigned_urls_response_urls import S3PresignedUrlsResponseUrls


T = TypeVar("T", bound="S3PresignedUrlsResponse")


@_attrs_define
class S3PresignedUrlsResponse:
    """
    Attributes:
        bucket (str):
        urls (S3PresignedUrlsResponseUrls):
        errors (S3PresignedUrlsResponseErrors | Unset):
    """

    bucket: str
    urls: S3PresignedUrlsResponseUrls
    errors: S3PresignedUrlsResponseErrors | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bucket = self.bucket

        urls = self.urls.to_dict()

        errors: dict[str, Any] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = self.errors.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bucket": bucket,
                "urls": urls,
            }
        )
        if errors is not UNSET:
            field_dict["errors"] = errors

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.s3_presigned_urls_response_errors import S3PresignedUrlsResponseErrors  # noqa: PLC0415
        from ..models.s3_presigned_urls_response_urls import S3PresignedUrlsResponseUrls  # noqa: PLC0415

        d = dict(src_dict)
        bucket = d.pop("bucket")

        urls = S3PresignedUrlsResponseUrls.from_dict(d.pop("urls"))

        _errors = d.pop("errors", UNSET)
        errors: S3PresignedUrlsResponseErrors | Unset
        if isinstance(_errors, Unset):
            errors = UNSET
        else:
            errors = S3PresignedUrlsResponseErrors.from_dict(_errors)

        s3_presigned_urls_response = cls(
            bucket=bucket,
            urls=urls,
            errors=errors,
        )

        s3_presigned_urls_response.additional_properties = d
        return s3_presigned_urls_response

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
