from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="RemoteBuildGitSource")


@_attrs_define
class RemoteBuildGitSource:
    """Git source checked out by the remote build runner.

    Attributes:
        type_ (Literal['git']):
        repo_url (str):
        ref (None | str | Unset):
        lfs (bool | Unset):  Default: False.
        patch_key (None | str | Unset):
    """

    type_: Literal["git"]
    repo_url: str
    ref: None | str | Unset = UNSET
    lfs: bool | Unset = False
    patch_key: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        repo_url = self.repo_url

        ref: None | str | Unset
        if isinstance(self.ref, Unset):
            ref = UNSET
        else:
            ref = self.ref

        lfs = self.lfs

        patch_key: None | str | Unset
        if isinstance(self.patch_key, Unset):
            patch_key = UNSET
        else:
            patch_key = self.patch_key

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "repo_url": repo_url,
            }
        )
        if ref is not UNSET:
            field_dict["ref"] = ref
        if lfs is not UNSET:
            field_dict["lfs"] = lfs
        if patch_key is not UNSET:
            field_dict["patch_key"] = patch_key

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["git"], d.pop("type"))
        if type_ != "git":
            raise ValueError(f"type must match const 'git', got '{type_}'")

        repo_url = d.pop("repo_url")

        def _parse_ref(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ref = _parse_ref(d.pop("ref", UNSET))

        lfs = d.pop("lfs", UNSET)

        def _parse_patch_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        patch_key = _parse_patch_key(d.pop("patch_key", UNSET))

        remote_build_git_source = cls(
            type_=type_,
            repo_url=repo_url,
            ref=ref,
            lfs=lfs,
            patch_key=patch_key,
        )

        return remote_build_git_source
