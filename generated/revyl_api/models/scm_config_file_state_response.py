from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pr_review_config_summary import PrReviewConfigSummary


T = TypeVar("T", bound="ScmConfigFileStateResponse")


@_attrs_define
class ScmConfigFileStateResponse:
    """Detection state of the committed ``.revyl/config.yaml`` for a repo.

    Attributes:
        status: ``managed`` (file applied), ``error`` (file present but
            unusable), or ``none`` (UI-managed; no usable file).
        config_file_path: The detected file path, if any.
        commit_sha: The detected file blob sha, if any.
        html_url: A link to the file on the provider, if any.
        error: An actionable error message, if any.
        summary: Compact summary of the applied config, if managed.
        synced_at: ISO timestamp of the last reconcile, if any.

        Attributes:
            status (str):
            config_file_path (None | str | Unset):
            commit_sha (None | str | Unset):
            html_url (None | str | Unset):
            error (None | str | Unset):
            summary (None | PrReviewConfigSummary | Unset):
            synced_at (None | str | Unset):
    """

    status: str
    config_file_path: None | str | Unset = UNSET
    commit_sha: None | str | Unset = UNSET
    html_url: None | str | Unset = UNSET
    error: None | str | Unset = UNSET
    summary: None | PrReviewConfigSummary | Unset = UNSET
    synced_at: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.pr_review_config_summary import PrReviewConfigSummary  # noqa: PLC0415

        status = self.status

        config_file_path: None | str | Unset
        if isinstance(self.config_file_path, Unset):
            config_file_path = UNSET
        else:
            config_file_path = self.config_file_path

        commit_sha: None | str | Unset
        if isinstance(self.commit_sha, Unset):
            commit_sha = UNSET
        else:
            commit_sha = self.commit_sha

        html_url: None | str | Unset
        if isinstance(self.html_url, Unset):
            html_url = UNSET
        else:
            html_url = self.html_url

        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        summary: dict[str, Any] | None | Unset
        if isinstance(self.summary, Unset):
            summary = UNSET
        elif isinstance(self.summary, PrReviewConfigSummary):
            summary = self.summary.to_dict()
        else:
            summary = self.summary

        synced_at: None | str | Unset
        if isinstance(self.synced_at, Unset):
            synced_at = UNSET
        else:
            synced_at = self.synced_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
            }
        )
        if config_file_path is not UNSET:
            field_dict["config_file_path"] = config_file_path
        if commit_sha is not UNSET:
            field_dict["commit_sha"] = commit_sha
        if html_url is not UNSET:
            field_dict["html_url"] = html_url
        if error is not UNSET:
            field_dict["error"] = error
        if summary is not UNSET:
            field_dict["summary"] = summary
        if synced_at is not UNSET:
            field_dict["synced_at"] = synced_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.pr_review_config_summary import PrReviewConfigSummary  # noqa: PLC0415

        d = dict(src_dict)
        status = d.pop("status")

        def _parse_config_file_path(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        config_file_path = _parse_config_file_path(d.pop("config_file_path", UNSET))

        def _parse_commit_sha(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        commit_sha = _parse_commit_sha(d.pop("commit_sha", UNSET))

        def _parse_html_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        html_url = _parse_html_url(d.pop("html_url", UNSET))

        def _parse_error(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error = _parse_error(d.pop("error", UNSET))

        def _parse_summary(data: object) -> None | PrReviewConfigSummary | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                summary_type_0 = PrReviewConfigSummary.from_dict(data)

                return summary_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PrReviewConfigSummary | Unset, data)

        summary = _parse_summary(d.pop("summary", UNSET))

        def _parse_synced_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        synced_at = _parse_synced_at(d.pop("synced_at", UNSET))

        scm_config_file_state_response = cls(
            status=status,
            config_file_path=config_file_path,
            commit_sha=commit_sha,
            html_url=html_url,
            error=error,
            summary=summary,
            synced_at=synced_at,
        )

        scm_config_file_state_response.additional_properties = d
        return scm_config_file_state_response

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
