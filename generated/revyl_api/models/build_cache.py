from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="BuildCache")


@_attrs_define
class BuildCache:
    """Cache disk definition stored on a sandbox build configuration.

    Attributes:
        key (str): Org-local cache key. The build runner prefixes it with the org ID.
        paths (list[str]): Project-relative paths mounted into this cache disk.
    """

    key: str
    paths: list[str]

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        paths = self.paths

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "key": key,
                "paths": paths,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        key = d.pop("key")

        paths = cast(list[str], d.pop("paths"))

        build_cache = cls(
            key=key,
            paths=paths,
        )

        return build_cache
