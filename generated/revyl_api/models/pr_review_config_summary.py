from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pr_review_config_summary_build import PrReviewConfigSummaryBuild


T = TypeVar("T", bound="PrReviewConfigSummary")


@_attrs_define
class PrReviewConfigSummary:
    """Compact, serializable summary of a parsed ``pr_review`` config.

    Used for the settings-page banner and the PR comment. Persisted into
    ``scm_review_configs.metadata`` via ``model_dump(mode="json")``.

        Attributes:
            enabled (bool | Unset):  Default: True.
            preset (None | str | Unset):
            preview_link (bool | Unset):  Default: True.
            proof_of_changes (bool | Unset):  Default: False.
            checks (list[str] | Unset):
            workflows (list[str] | Unset):
            builds (list[PrReviewConfigSummaryBuild] | Unset):
    """

    enabled: bool | Unset = True
    preset: None | str | Unset = UNSET
    preview_link: bool | Unset = True
    proof_of_changes: bool | Unset = False
    checks: list[str] | Unset = UNSET
    workflows: list[str] | Unset = UNSET
    builds: list[PrReviewConfigSummaryBuild] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enabled = self.enabled

        preset: None | str | Unset
        if isinstance(self.preset, Unset):
            preset = UNSET
        else:
            preset = self.preset

        preview_link = self.preview_link

        proof_of_changes = self.proof_of_changes

        checks: list[str] | Unset = UNSET
        if not isinstance(self.checks, Unset):
            checks = self.checks

        workflows: list[str] | Unset = UNSET
        if not isinstance(self.workflows, Unset):
            workflows = self.workflows

        builds: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.builds, Unset):
            builds = []
            for builds_item_data in self.builds:
                builds_item = builds_item_data.to_dict()
                builds.append(builds_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if preset is not UNSET:
            field_dict["preset"] = preset
        if preview_link is not UNSET:
            field_dict["preview_link"] = preview_link
        if proof_of_changes is not UNSET:
            field_dict["proof_of_changes"] = proof_of_changes
        if checks is not UNSET:
            field_dict["checks"] = checks
        if workflows is not UNSET:
            field_dict["workflows"] = workflows
        if builds is not UNSET:
            field_dict["builds"] = builds

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.pr_review_config_summary_build import PrReviewConfigSummaryBuild  # noqa: PLC0415

        d = dict(src_dict)
        enabled = d.pop("enabled", UNSET)

        def _parse_preset(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        preset = _parse_preset(d.pop("preset", UNSET))

        preview_link = d.pop("preview_link", UNSET)

        proof_of_changes = d.pop("proof_of_changes", UNSET)

        checks = cast(list[str], d.pop("checks", UNSET))

        workflows = cast(list[str], d.pop("workflows", UNSET))

        _builds = d.pop("builds", UNSET)
        builds: list[PrReviewConfigSummaryBuild] | Unset = UNSET
        if _builds is not UNSET:
            builds = []
            for builds_item_data in _builds:
                builds_item = PrReviewConfigSummaryBuild.from_dict(builds_item_data)

                builds.append(builds_item)

        pr_review_config_summary = cls(
            enabled=enabled,
            preset=preset,
            preview_link=preview_link,
            proof_of_changes=proof_of_changes,
            checks=checks,
            workflows=workflows,
            builds=builds,
        )

        pr_review_config_summary.additional_properties = d
        return pr_review_config_summary

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
