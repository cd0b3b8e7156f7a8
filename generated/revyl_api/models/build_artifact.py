from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="BuildArtifact")


@_attrs_define
class BuildArtifact:
    """Artifact produced by a sandbox build.

    Attributes:
        name (str):
        path (str):
        type_ (str):
    """

    name: str
    path: str
    type_: str

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        path = self.path

        type_ = self.type_

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "path": path,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        path = d.pop("path")

        type_ = d.pop("type")

        build_artifact = cls(
            name=name,
            path=path,
            type_=type_,
        )

        return build_artifact
