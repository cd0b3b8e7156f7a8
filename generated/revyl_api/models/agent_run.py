from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.cloud_agent_provider_id import CloudAgentProviderId, check_cloud_agent_provider_id
from ..models.run_state import RunState, check_run_state
from ..types import UNSET, Unset

T = TypeVar("T", bound="AgentRun")


@_attrs_define
class AgentRun:
    """Normalized view of a cloud-agent run across providers.

    Attributes:
        id: Provider agent id (e.g. Cursor's ``bc_...``).
        provider: The provider that owns this run.
        name: Auto-generated human name (from the task), if present.
        status: Raw upstream status, kept for display/debugging.
        state: Normalized lifecycle state derived from ``status``.
        repository: Source repository URL, if returned.
        ref: Starting ref/branch, if returned.
        branch_name: Working branch (carries Revyl tenancy prefix).
        pr_url: Pull request URL once opened.
        provider_url: Open-in-provider URL for the run.
        summary: Short summary of the run, if present.
        created_at: Creation timestamp, if present.

        Attributes:
            id (str):
            provider (CloudAgentProviderId | str | Unset): Canonical cloud-agent provider identifiers.

                Only Cursor is implemented today; add a member here when adding a provider
                so request bodies, the registry, and the frontend can do exhaustive handling.
            name (None | str | Unset):
            status (str | Unset):  Default: 'UNKNOWN'.
            state (RunState | str | Unset): Normalized lifecycle state of a cloud-agent run.

                Providers translate their own status vocabulary into one of these so the
                UI can style runs without knowing vendor-specific strings.
            repository (None | str | Unset):
            ref (None | str | Unset):
            branch_name (None | str | Unset):
            pr_url (None | str | Unset):
            provider_url (None | str | Unset):
            summary (None | str | Unset):
            created_at (None | str | Unset):
    """

    id: str
    provider: CloudAgentProviderId | str | Unset = UNSET
    name: None | str | Unset = UNSET
    status: str | Unset = "UNKNOWN"
    state: RunState | str | Unset = UNSET
    repository: None | str | Unset = UNSET
    ref: None | str | Unset = UNSET
    branch_name: None | str | Unset = UNSET
    pr_url: None | str | Unset = UNSET
    provider_url: None | str | Unset = UNSET
    summary: None | str | Unset = UNSET
    created_at: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        provider: str | Unset
        if isinstance(self.provider, Unset):
            provider = UNSET
        elif isinstance(self.provider, str):
            provider = self.provider
        else:
            provider = self.provider

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        status = self.status

        state: str | Unset
        if isinstance(self.state, Unset):
            state = UNSET
        elif isinstance(self.state, str):
            state = self.state
        else:
            state = self.state

        repository: None | str | Unset
        if isinstance(self.repository, Unset):
            repository = UNSET
        else:
            repository = self.repository

        ref: None | str | Unset
        if isinstance(self.ref, Unset):
            ref = UNSET
        else:
            ref = self.ref

        branch_name: None | str | Unset
        if isinstance(self.branch_name, Unset):
            branch_name = UNSET
        else:
            branch_name = self.branch_name

        pr_url: None | str | Unset
        if isinstance(self.pr_url, Unset):
            pr_url = UNSET
        else:
            pr_url = self.pr_url

        provider_url: None | str | Unset
        if isinstance(self.provider_url, Unset):
            provider_url = UNSET
        else:
            provider_url = self.provider_url

        summary: None | str | Unset
        if isinstance(self.summary, Unset):
            summary = UNSET
        else:
            summary = self.summary

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if provider is not UNSET:
            field_dict["provider"] = provider
        if name is not UNSET:
            field_dict["name"] = name
        if status is not UNSET:
            field_dict["status"] = status
        if state is not UNSET:
            field_dict["state"] = state
        if repository is not UNSET:
            field_dict["repository"] = repository
        if ref is not UNSET:
            field_dict["ref"] = ref
        if branch_name is not UNSET:
            field_dict["branch_name"] = branch_name
        if pr_url is not UNSET:
            field_dict["pr_url"] = pr_url
        if provider_url is not UNSET:
            field_dict["provider_url"] = provider_url
        if summary is not UNSET:
            field_dict["summary"] = summary
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        def _parse_provider(data: object) -> CloudAgentProviderId | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                provider_type_0 = check_cloud_agent_provider_id(data)

                return provider_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CloudAgentProviderId | str | Unset, data)

        provider = _parse_provider(d.pop("provider", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        status = d.pop("status", UNSET)

        def _parse_state(data: object) -> RunState | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                state_type_0 = check_run_state(data)

                return state_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(RunState | str | Unset, data)

        state = _parse_state(d.pop("state", UNSET))

        def _parse_repository(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        repository = _parse_repository(d.pop("repository", UNSET))

        def _parse_ref(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ref = _parse_ref(d.pop("ref", UNSET))

        def _parse_branch_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        branch_name = _parse_branch_name(d.pop("branch_name", UNSET))

        def _parse_pr_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        pr_url = _parse_pr_url(d.pop("pr_url", UNSET))

        def _parse_provider_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        provider_url = _parse_provider_url(d.pop("provider_url", UNSET))

        def _parse_summary(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        summary = _parse_summary(d.pop("summary", UNSET))

        def _parse_created_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        agent_run = cls(
            id=id,
            provider=provider,
            name=name,
            status=status,
            state=state,
            repository=repository,
            ref=ref,
            branch_name=branch_name,
            pr_url=pr_url,
            provider_url=provider_url,
            summary=summary,
            created_at=created_at,
        )

        agent_run.additional_properties = d
        return agent_run

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
