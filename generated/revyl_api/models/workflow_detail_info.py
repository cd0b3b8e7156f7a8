from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.workflow_detail_info_run_config_type_0 import WorkflowDetailInfoRunConfigType0


T = TypeVar("T", bound="WorkflowDetailInfo")


@_attrs_define
class WorkflowDetailInfo:
    """
    Attributes:
        id (str):
        name (None | str | Unset):
        description (None | str | Unset):
        tests (list[str] | Unset):
        run_config (None | Unset | WorkflowDetailInfoRunConfigType0):
        override_run_config (bool | Unset):  Default: False.
        schedule (None | str | Unset):
        schedule_enabled (bool | Unset):  Default: False.
        schedule_timezone (None | str | Unset):
        created_at (None | str | Unset):
        updated_at (None | str | Unset):
    """

    id: str
    name: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    tests: list[str] | Unset = UNSET
    run_config: None | Unset | WorkflowDetailInfoRunConfigType0 = UNSET
    override_run_config: bool | Unset = False
    schedule: None | str | Unset = UNSET
    schedule_enabled: bool | Unset = False
    schedule_timezone: None | str | Unset = UNSET
    created_at: None | str | Unset = UNSET
    updated_at: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.workflow_detail_info_run_config_type_0 import WorkflowDetailInfoRunConfigType0  # noqa: PLC0415

        id = self.id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        tests: list[str] | Unset = UNSET
        if not isinstance(self.tests, Unset):
            tests = self.tests

        run_config: dict[str, Any] | None | Unset
        if isinstance(self.run_config, Unset):
            run_config = UNSET
        elif isinstance(self.run_config, WorkflowDetailInfoRunConfigType0):
            run_config = self.run_config.to_dict()
        else:
            run_config = self.run_config

        override_run_config = self.override_run_config

        schedule: None | str | Unset
        if isinstance(self.schedule, Unset):
            schedule = UNSET
        else:
            schedule = self.schedule

        schedule_enabled = self.schedule_enabled

        schedule_timezone: None | str | Unset
        if isinstance(self.schedule_timezone, Unset):
            schedule_timezone = UNSET
        else:
            schedule_timezone = self.schedule_timezone

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if tests is not UNSET:
            field_dict["tests"] = tests
        if run_config is not UNSET:
            field_dict["run_config"] = run_config
        if override_run_config is not UNSET:
            field_dict["override_run_config"] = override_run_config
        if schedule is not UNSET:
            field_dict["schedule"] = schedule
        if schedule_enabled is not UNSET:
            field_dict["schedule_enabled"] = schedule_enabled
        if schedule_timezone is not UNSET:
            field_dict["schedule_timezone"] = schedule_timezone
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.workflow_detail_info_run_config_type_0 import WorkflowDetailInfoRunConfigType0  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        tests = cast(list[str], d.pop("tests", UNSET))

        def _parse_run_config(data: object) -> None | Unset | WorkflowDetailInfoRunConfigType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                run_config_type_0 = WorkflowDetailInfoRunConfigType0.from_dict(data)

                return run_config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WorkflowDetailInfoRunConfigType0, data)

        run_config = _parse_run_config(d.pop("run_config", UNSET))

        override_run_config = d.pop("override_run_config", UNSET)

        def _parse_schedule(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        schedule = _parse_schedule(d.pop("schedule", UNSET))

        schedule_enabled = d.pop("schedule_enabled", UNSET)

        def _parse_schedule_timezone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        schedule_timezone = _parse_schedule_timezone(d.pop("schedule_timezone", UNSET))

        def _parse_created_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        def _parse_updated_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        updated_at = _parse_updated_at(d.pop("updated_at", UNSET))

        workflow_detail_info = cls(
            id=id,
            name=name,
            description=description,
            tests=tests,
            run_config=run_config,
            override_run_config=override_run_config,
            schedule=schedule,
            schedule_enabled=schedule_enabled,
            schedule_timezone=schedule_timezone,
            created_at=created_at,
            updated_at=updated_at,
        )

        workflow_detail_info.additional_properties = d
        return workflow_detail_info

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
