from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.scm_preview_launch_response_session import ScmPreviewLaunchResponseSession


T = TypeVar("T", bound="ScmPreviewLaunchResponse")


@_attrs_define
class ScmPreviewLaunchResponse:
    """
    Attributes:
        status (str):
        provider (str):
        repo_full_name (str):
        head_sha (str):
        platform (str):
        build_id (UUID):
        app_id (UUID):
        session_id (UUID):
        session_url (str):
        session (ScmPreviewLaunchResponseSession):
    """

    status: str
    provider: str
    repo_full_name: str
    head_sha: str
    platform: str
    build_id: UUID
    app_id: UUID
    session_id: UUID
    session_url: str
    session: ScmPreviewLaunchResponseSession
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        provider = self.provider

        repo_full_name = self.repo_full_name

        head_sha = self.head_sha

        platform = self.platform

        build_id = str(self.build_id)

        app_id = str(self.app_id)

        session_id = str(self.session_id)

        session_url = self.session_url

        session = self.session.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "provider": provider,
                "repo_full_name": repo_full_name,
                "head_sha": head_sha,
                "platform": platform,
                "build_id": build_id,
                "app_id": app_id,
                "session_id": session_id,
                "session_url": session_url,
                "session": session,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.scm_preview_launch_response_session import ScmPreviewLaunchResponseSession  # noqa: PLC0415

        d = dict(src_dict)
        status = d.pop("status")

        provider = d.pop("provider")

        repo_full_name = d.pop("repo_full_name")

        head_sha = d.pop("head_sha")

        platform = d.pop("platform")

        build_id = UUID(d.pop("build_id"))

        app_id = UUID(d.pop("app_id"))

        session_id = UUID(d.pop("session_id"))

        session_url = d.pop("session_url")

        session = ScmPreviewLaunchResponseSession.from_dict(d.pop("session"))

        scm_preview_launch_response = cls(
            status=status,
            provider=provider,
            repo_full_name=repo_full_name,
            head_sha=head_sha,
            platform=platform,
            build_id=build_id,
            app_id=app_id,
            session_id=session_id,
            session_url=session_url,
            session=session,
        )

        scm_preview_launch_response.additional_properties = d
        return scm_preview_launch_response

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
