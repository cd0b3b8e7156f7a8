from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FleetWorktree")


@_attrs_define
class FleetWorktree:
    """Represents a git worktree on a Fleet sandbox.

    Worktrees allow multiple branches to be checked out simultaneously
    on the same sandbox, enabling parallel development work.

    Attributes:
        branch: Git branch name for this worktree.
        path: Filesystem path on the sandbox.
        is_main: Whether this is the main/primary worktree.
        repo: Repository name (e.g., "cognisim-monorepo").
        sandbox_name: Name of the sandbox hosting this worktree.
        sandbox_id: UUID of the sandbox hosting this worktree.
        branched_from: Base branch this worktree was created from.
        created_at: When the worktree was created.

        Attributes:
            branch (str): Git branch name
            path (str): Filesystem path on sandbox
            repo (str): Repository name
            sandbox_name (str): Sandbox VM name
            is_main (bool | Unset): Is main worktree Default: False.
            sandbox_id (None | str | Unset): Sandbox UUID
            branched_from (None | str | Unset): Base branch for this worktree
            created_at (datetime.datetime | None | Unset): Creation timestamp
    """

    branch: str
    path: str
    repo: str
    sandbox_name: str
    is_main: bool | Unset = False
    sandbox_id: None | str | Unset = UNSET
    branched_from: None | str | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        branch = self.branch

        path = self.path

        repo = self.repo

        sandbox_name = self.sandbox_name

        is_main = self.is_main

        sandbox_id: None | str | Unset
        if isinstance(self.sandbox_id, Unset):
            sandbox_id = UNSET
        else:
            sandbox_id = self.sandbox_id

        branched_from: None | str | Unset
        if isinstance(self.branched_from, Unset):
            branched_from = UNSET
        else:
            branched_from = self.branched_from

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "branch": branch,
                "path": path,
                "repo": repo,
                "sandbox_name": sandbox_name,
            }
        )
        if is_main is not UNSET:
            field_dict["is_main"] = is_main
        if sandbox_id is not UNSET:
            field_dict["sandbox_id"] = sandbox_id
        if branched_from is not UNSET:
            field_dict["branched_from"] = branched_from
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        branch = d.pop("branch")

        path = d.pop("path")

        repo = d.pop("repo")

        sandbox_name = d.pop("sandbox_name")

        is_main = d.pop("is_main", UNSET)

        def _parse_sandbox_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sandbox_id = _parse_sandbox_id(d.pop("sandbox_id", UNSET))

        def _parse_branched_from(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        branched_from = _parse_branched_from(d.pop("branched_from", UNSET))

        def _parse_created_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_at_type_0 = datetime.datetime.fromisoformat(data)

                return created_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        fleet_worktree = cls(
            branch=branch,
            path=path,
            repo=repo,
            sandbox_name=sandbox_name,
            is_main=is_main,
            sandbox_id=sandbox_id,
            branched_from=branched_from,
            created_at=created_at,
        )

        fleet_worktree.additional_properties = d
        return fleet_worktree

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
