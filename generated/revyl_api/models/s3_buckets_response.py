from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.s3_buckets_response_buckets import S3BucketsResponseBuckets


T = TypeVar("T", bound="S3BucketsResponse")


@_attrs_define
class S3BucketsResponse:
    """Response model for listing allowed S3 buckets.

    Example:
        {'buckets': {'my-bucket': {'description': 'Document storage bucket', 'patterns': ['*.txt', '*.pdf']}}}

    Attributes:
        buckets (S3BucketsResponseBuckets): Map of bucket names to their configurations
    """

    buckets: S3BucketsResponseBuckets
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        buckets = self.buckets.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "buckets": buckets,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.s3_buckets_response_buckets import S3BucketsResponseBuckets  # noqa: PLC0415

        d = dict(src_dict)
        buckets = S3BucketsResponseBuckets.from_dict(d.pop("buckets"))

        s3_buckets_response = cls(
            buckets=buckets,
        )

        s3_buckets_response.additional_properties = d
        return s3_buckets_response

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
