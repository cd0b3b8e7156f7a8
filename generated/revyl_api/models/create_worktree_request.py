from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateWorktreeRequest")


@_attrs_define
class CreateWorktreeRequest:
    """Request payload for creating a new worktree.

    Attributes:
        branch: Name for the new branch/worktree.
        base_branch: Branch to create the worktree from (default: main).
        sandbox_id: Optional specific sandbox to create on (uses claimed if not specified).
        repo: Repository name (default: cognisim-monorepo).
        copy_env: Whether to copy .env files from local repo.
        install_deps: Whether to run dependency installation.
        setup_script: Optional custom setup script to run.

        Attributes:
            branch (str): New branch name
            base_branch (str | Unset): Base branch to branch from Default: 'main'.
            sandbox_id (None | str | Unset): Target sandbox (uses claimed if not specified)
            repo (str | Unset): Repository name Default: 'cognisim-monorepo'.
            copy_env (bool | Unset): Copy .env files from local Default: True.
            install_deps (bool | Unset): Run dependency installation Default: False.
            setup_script (None | str | Unset): Custom setup script
    """

    branch: str
    base_branch: str | Unset = "main"
    sandbox_id: None | str | Unset = UNSET
    repo: str | Unset = "cognisim-monorepo"
    copy_env: bool | Unset = True
    install_deps: bool | Unset = False
    setup_script: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        branch = self.branch

        base_branch = self.base_branch

        sandbox_id: None | str | Unset
        if isinstance(self.sandbox_id, Unset):
            sandbox_id = UNSET
        else:
            sandbox_id = self.sandbox_id

        repo = self.repo

        copy_env = self.copy_env

        install_deps = self.install_deps

        setup_script: None | str | Unset
        if isinstance(self.setup_script, Unset):
            setup_script = UNSET
        else:
            setup_script = self.setup_script

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "branch": branch,
            }
        )
        if base_branch is not UNSET:
            field_dict["base_branch"] = base_branch
        if sandbox_id is not UNSET:
            field_dict["sandbox_id"] = sandbox_id
        if repo is not UNSET:
            field_dict["repo"] = repo
        if copy_env is not UNSET:
            field_dict["copy_env"] = copy_env
        if install_deps is not UNSET:
            field_dict["install_deps"] = install_deps
        if setup_script is not UNSET:
            field_dict["setup_script"] = setup_script

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        branch = d.pop("branch")

        base_branch = d.pop("base_branch", UNSET)

        def _parse_sandbox_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sandbox_id = _parse_sandbox_id(d.pop("sandbox_id", UNSET))

        repo = d.pop("repo", UNSET)

        copy_env = d.pop("copy_env", UNSET)

        install_deps = d.pop("install_deps", UNSET)

        def _parse_setup_script(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        setup_script = _parse_setup_script(d.pop("setup_script", UNSET))

        create_worktree_request = cls(
            branch=branch,
            base_branch=base_branch,
            sandbox_id=sandbox_id,
            repo=repo,
            copy_env=copy_env,
            install_deps=install_deps,
            setup_script=setup_script,
        )

        create_worktree_request.additional_properties = d
        return create_worktree_request

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
