from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="RemoteBuildArchiveSource")


@_attrs_define
class RemoteBuildArchiveSource:
    """Archive source previously uploaded through the remote upload-url endpoint.

    Attributes:
        type_ (Literal['archive']):
        key (str): S3 source archive key returned by upload-url.
    """

    type_: Literal["archive"]
    key: str

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        key = self.key

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "key": key,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["archive"], d.pop("type"))
        if type_ != "archive":
            raise ValueError(f"type must match const 'archive', got '{type_}'")

        key = d.pop("key")

        remote_build_archive_source = cls(
            type_=type_,
            key=key,
        )

        return remote_build_archive_source
