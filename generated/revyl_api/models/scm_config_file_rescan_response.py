from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.scm_config_file_state_response import ScmConfigFileStateResponse


T = TypeVar("T", bound="ScmConfigFileRescanResponse")


@_attrs_define
class ScmConfigFileRescanResponse:
    """Result of an on-demand config-file re-scan (or CLI config push).

    Attributes:
        state (ScmConfigFileStateResponse): Detection state of the committed ``.revyl/config.yaml`` for a repo.

            Attributes:
                status: ``managed`` (file applied), ``error`` (file present but
                    unusable), or ``none`` (UI-managed; no usable file).
                config_file_path: The detected file path, if any.
                commit_sha: The detected file blob sha, if any.
                html_url: A link to the file on the provider, if any.
                error: An actionable error message, if any.
                summary: Compact summary of the applied config, if managed.
                synced_at: ISO timestamp of the last reconcile, if any.
    """

    state: ScmConfigFileStateResponse
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        state = self.state.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "state": state,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.scm_config_file_state_response import ScmConfigFileStateResponse  # noqa: PLC0415

        d = dict(src_dict)
        state = ScmConfigFileStateResponse.from_dict(d.pop("state"))

        scm_config_file_rescan_response = cls(
            state=state,
        )

        scm_config_file_rescan_response.additional_properties = d
        return scm_config_file_rescan_response

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
