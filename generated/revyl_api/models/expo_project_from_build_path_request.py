from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ExpoProjectFromBuildPathRequest")


@_attrs_define
class ExpoProjectFromBuildPathRequest:
    """
    Attributes:
        owner (str): GitHub repository owner
        repo (str): GitHub repository name
        build_paths (list[str]): List of paths to Expo app directories
        branch (None | str | Unset): Branch name (defaults to default)
    """

    owner: str
    repo: str
    build_paths: list[str]
    branch: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        owner = self.owner

        repo = self.repo

        build_paths = self.build_paths

        branch: None | str | Unset
        if isinstance(self.branch, Unset):
            branch = UNSET
        else:
            branch = self.branch

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "owner": owner,
                "repo": repo,
                "build_paths": build_paths,
            }
        )
        if branch is not UNSET:
            field_dict["branch"] = branch

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        owner = d.pop("owner")

        repo = d.pop("repo")

        build_paths = cast(list[str], d.pop("build_paths"))

        def _parse_branch(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        branch = _parse_branch(d.pop("branch", UNSET))

        expo_project_from_build_path_request = cls(
            owner=owner,
            repo=repo,
            build_paths=build_paths,
            branch=branch,
        )

        expo_project_from_build_path_request.additional_properties = d
        return expo_project_from_build_path_request

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
