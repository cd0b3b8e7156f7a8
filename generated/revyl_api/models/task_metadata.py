from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dom_metadata import DOMMetadata
    from ..models.test_run_config import TestRunConfig


T = TypeVar("T", bound="TaskMetadata")


@_attrs_define
class TaskMetadata:
    """
    Attributes:
        step_type (str):
        id (None | str | Unset):
        step (None | str | Unset): Deprecated: Use step_description instead
        step_description (None | str | Unset): Human-readable description of the step
        agent_description (None | str | Unset): Human-readable instruction describing what the agent did, e.g. 'Click
            the Sign In button'
        download (bool | None | Unset):  Default: False.
        metadata (DOMMetadata | None | Unset):
        step_config (None | TestRunConfig | Unset): Step-level configuration that overrides test-level config
    """

    step_type: str
    id: None | str | Unset = UNSET
    step: None | str | Unset = UNSET
    step_description: None | str | Unset = UNSET
    agent_description: None | str | Unset = UNSET
    download: bool | None | Unset = False
    metadata: DOMMetadata | None | Unset = UNSET
    step_config: None | TestRunConfig | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.dom_metadata import DOMMetadata  # noqa: PLC0415
        from ..models.test_run_config import TestRunConfig  # noqa: PLC0415

        step_type = self.step_type

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        step: None | str | Unset
        if isinstance(self.step, Unset):
            step = UNSET
        else:
            step = self.step

        step_description: None | str | Unset
        if isinstance(self.step_description, Unset):
            step_description = UNSET
        else:
            step_description = self.step_description

        agent_description: None | str | Unset
        if isinstance(self.agent_description, Unset):
            agent_description = UNSET
        else:
            agent_description = self.agent_description

        download: bool | None | Unset
        if isinstance(self.download, Unset):
            download = UNSET
        else:
            download = self.download

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, DOMMetadata):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        step_config: dict[str, Any] | None | Unset
        if isinstance(self.step_config, Unset):
            step_config = UNSET
        elif isinstance(self.step_config, TestRunConfig):
            step_config = self.step_config.to_dict()
        else:
            step_config = self.step_config

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "step_type": step_type,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if step is not UNSET:
            field_dict["step"] = step
        if step_description is not UNSET:
            field_dict["step_description"] = step_description
        if agent_description is not UNSET:
            field_dict["agent_description"] = agent_description
        if download is not UNSET:
            field_dict["download"] = download
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if step_config is not UNSET:
            field_dict["step_config"] = step_config

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.dom_metadata import DOMMetadata  # noqa: PLC0415
        from ..models.test_run_config import TestRunConfig  # noqa: PLC0415

        d = dict(src_dict)
        step_type = d.pop("step_type")

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_step(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        step = _parse_step(d.pop("step", UNSET))

        def _parse_step_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        step_description = _parse_step_description(d.pop("step_description", UNSET))

        def _parse_agent_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        agent_description = _parse_agent_description(d.pop("agent_description", UNSET))

        def _parse_download(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        download = _parse_download(d.pop("download", UNSET))

        def _parse_metadata(data: object) -> DOMMetadata | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_type_0 = DOMMetadata.from_dict(data)

                return metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DOMMetadata | None | Unset, data)

        metadata = _parse_metadata(d.pop("metadata", UNSET))

        def _parse_step_config(data: object) -> None | TestRunConfig | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                step_config_type_0 = TestRunConfig.from_dict(data)

                return step_config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TestRunConfig | Unset, data)

        step_config = _parse_step_config(d.pop("step_config", UNSET))

        task_metadata = cls(
            step_type=step_type,
            id=id,
            step=step,
            step_description=step_description,
            agent_description=agent_description,
            download=download,
            metadata=metadata,
            step_config=step_config,
        )

        task_metadata.additional_properties = d
        return task_metadata

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
