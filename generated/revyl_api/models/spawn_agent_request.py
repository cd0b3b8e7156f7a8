from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.cloud_agent_provider_id import CloudAgentProviderId, check_cloud_agent_provider_id
from ..types import UNSET, Unset

T = TypeVar("T", bound="SpawnAgentRequest")


@_attrs_define
class SpawnAgentRequest:
    """Request body to spawn a cloud agent from Atlas.

    Attributes:
        app_id (str): Atlas app id the task targets
        task (str): What the agent should do
        provider (CloudAgentProviderId | Unset): Canonical cloud-agent provider identifiers.

            Only Cursor is implemented today; add a member here when adding a provider
            so request bodies, the registry, and the frontend can do exhaustive handling.
        repository (None | str | Unset): Repository URL (defaults to org/demo repo)
        ref (str | Unset): Starting ref/branch Default: 'main'.
        model (None | str | Unset): Model override
        build_id (None | str | Unset):
        report_id (None | str | Unset): Related failing report id for context
        app_name (None | str | Unset):
        platform (None | str | Unset):
        selected_screen (None | str | Unset):
        coverage_gaps (list[str] | Unset):
        notes (None | str | Unset):
    """

    app_id: str
    task: str
    provider: CloudAgentProviderId | Unset = UNSET
    repository: None | str | Unset = UNSET
    ref: str | Unset = "main"
    model: None | str | Unset = UNSET
    build_id: None | str | Unset = UNSET
    report_id: None | str | Unset = UNSET
    app_name: None | str | Unset = UNSET
    platform: None | str | Unset = UNSET
    selected_screen: None | str | Unset = UNSET
    coverage_gaps: list[str] | Unset = UNSET
    notes: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        app_id = self.app_id

        task = self.task

        provider: str | Unset = UNSET
        if not isinstance(self.provider, Unset):
            provider = self.provider

        repository: None | str | Unset
        if isinstance(self.repository, Unset):
            repository = UNSET
        else:
            repository = self.repository

        ref = self.ref

        model: None | str | Unset
        if isinstance(self.model, Unset):
            model = UNSET
        else:
            model = self.model

        build_id: None | str | Unset
        if isinstance(self.build_id, Unset):
            build_id = UNSET
        else:
            build_id = self.build_id

        report_id: None | str | Unset
        if isinstance(self.report_id, Unset):
            report_id = UNSET
        else:
            report_id = self.report_id

        app_name: None | str | Unset
        if isinstance(self.app_name, Unset):
            app_name = UNSET
        else:
            app_name = self.app_name

        platform: None | str | Unset
        if isinstance(self.platform, Unset):
            platform = UNSET
        else:
            platform = self.platform

        selected_screen: None | str | Unset
        if isinstance(self.selected_screen, Unset):
            selected_screen = UNSET
        else:
            selected_screen = self.selected_screen

        coverage_gaps: list[str] | Unset = UNSET
        if not isinstance(self.coverage_gaps, Unset):
            coverage_gaps = self.coverage_gaps

        notes: None | str | Unset
        if isinstance(self.notes, Unset):
            notes = UNSET
        else:
            notes = self.notes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "app_id": app_id,
                "task": task,
            }
        )
        if provider is not UNSET:
            field_dict["provider"] = provider
        if repository is not UNSET:
            field_dict["repository"] = repository
        if ref is not UNSET:
            field_dict["ref"] = ref
        if model is not UNSET:
            field_dict["model"] = model
        if build_id is not UNSET:
            field_dict["build_id"] = build_id
        if report_id is not UNSET:
            field_dict["report_id"] = report_id
        if app_name is not UNSET:
            field_dict["app_name"] = app_name
        if platform is not UNSET:
            field_dict["platform"] = platform
        if selected_screen is not UNSET:
            field_dict["selected_screen"] = selected_screen
        if coverage_gaps is not UNSET:
            field_dict["coverage_gaps"] = coverage_gaps
        if notes is not UNSET:
            field_dict["notes"] = notes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        app_id = d.pop("app_id")

        task = d.pop("task")

        _provider = d.pop("provider", UNSET)
        provider: CloudAgentProviderId | Unset
        if isinstance(_provider, Unset):
            provider = UNSET
        else:
            provider = check_cloud_agent_provider_id(_provider)

        def _parse_repository(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        repository = _parse_repository(d.pop("repository", UNSET))

        ref = d.pop("ref", UNSET)

        def _parse_model(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        model = _parse_model(d.pop("model", UNSET))

        def _parse_build_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        build_id = _parse_build_id(d.pop("build_id", UNSET))

        def _parse_report_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        report_id = _parse_report_id(d.pop("report_id", UNSET))

        def _parse_app_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        app_name = _parse_app_name(d.pop("app_name", UNSET))

        def _parse_platform(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        platform = _parse_platform(d.pop("platform", UNSET))

        def _parse_selected_screen(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        selected_screen = _parse_selected_screen(d.pop("selected_screen", UNSET))

        coverage_gaps = cast(list[str], d.pop("coverage_gaps", UNSET))

        def _parse_notes(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        notes = _parse_notes(d.pop("notes", UNSET))

        spawn_agent_request = cls(
            app_id=app_id,
            task=task,
            provider=provider,
            repository=repository,
            ref=ref,
            model=model,
            build_id=build_id,
            report_id=report_id,
            app_name=app_name,
            platform=platform,
            selected_screen=selected_screen,
            coverage_gaps=coverage_gaps,
            notes=notes,
        )

        spawn_agent_request.additional_properties = d
        return spawn_agent_request

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
