from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ScmConfigFilePushRequest")


@_attrs_define
class ScmConfigFilePushRequest:
    """A ``.revyl/config.yaml`` pushed directly from the CLI.

    Attributes:
        namespace: Repository owner/namespace (e.g. ``revyl``).
        project: Repository name (e.g. ``my-app``).
        content: The raw YAML contents of the config file.
        config_file_path: The repo-relative path the file lives at; used only
            for display in the settings UI.

        Attributes:
            namespace (str):
            project (str):
            content (str):
            config_file_path (str | Unset):  Default: '.revyl/config.yaml'.
    """

    namespace: str
    project: str
    content: str
    config_file_path: str | Unset = ".revyl/config.yaml"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        namespace = self.namespace

        project = self.project

        content = self.content

        config_file_path = self.config_file_path

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "namespace": namespace,
                "project": project,
                "content": content,
            }
        )
        if config_file_path is not UNSET:
            field_dict["config_file_path"] = config_file_path

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        namespace = d.pop("namespace")

        project = d.pop("project")

        content = d.pop("content")

        config_file_path = d.pop("config_file_path", UNSET)

        scm_config_file_push_request = cls(
            namespace=namespace,
            project=project,
            content=content,
            config_file_path=config_file_path,
        )

        scm_config_file_push_request.additional_properties = d
        return scm_config_file_push_request

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
