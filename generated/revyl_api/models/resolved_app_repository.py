from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ResolvedAppRepository")


@_attrs_define
class ResolvedAppRepository:
    """Repository auto-resolved for an Atlas app (for spawn pre-selection).

    Attributes:
        repository (None | str | Unset): Resolved repository URL, or null when unknown
        source (Literal['scm'] | None | Unset): Where the repository came from ('scm' = GitHub preview link)
    """

    repository: None | str | Unset = UNSET
    source: Literal["scm"] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        repository: None | str | Unset
        if isinstance(self.repository, Unset):
            repository = UNSET
        else:
            repository = self.repository

        source: Literal["scm"] | None | Unset
        if isinstance(self.source, Unset):
            source = UNSET
        else:
            source = self.source

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if repository is not UNSET:
            field_dict["repository"] = repository
        if source is not UNSET:
            field_dict["source"] = source

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_repository(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        repository = _parse_repository(d.pop("repository", UNSET))

        def _parse_source(data: object) -> Literal["scm"] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            source_type_0 = cast(Literal["scm"], data)
            if source_type_0 != "scm":
                raise ValueError(f"source_type_0 must match const 'scm', got '{source_type_0}'")
            return source_type_0
            return cast(Literal["scm"] | None | Unset, data)

        source = _parse_source(d.pop("source", UNSET))

        resolved_app_repository = cls(
            repository=repository,
            source=source,
        )

        resolved_app_repository.additional_properties = d
        return resolved_app_repository

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
