from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FlywheelTriggerRequest")


@_attrs_define
class FlywheelTriggerRequest:
    """Request from CLI to trigger flywheel eval for a completed test.

    Attributes:
        task_id (str):
        org_id (None | str | Unset):
        workflow_id (None | str | Unset):
        test_id (None | str | Unset):
        platform (None | str | Unset):
        grounder_type (None | str | Unset):
        test_name (None | str | Unset):
        manifest_url (None | str | Unset):
    """

    task_id: str
    org_id: None | str | Unset = UNSET
    workflow_id: None | str | Unset = UNSET
    test_id: None | str | Unset = UNSET
    platform: None | str | Unset = UNSET
    grounder_type: None | str | Unset = UNSET
    test_name: None | str | Unset = UNSET
    manifest_url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        task_id = self.task_id

        org_id: None | str | Unset
        if isinstance(self.org_id, Unset):
            org_id = UNSET
        else:
            org_id = self.org_id

        workflow_id: None | str | Unset
        if isinstance(self.workflow_id, Unset):
            workflow_id = UNSET
        else:
            workflow_id = self.workflow_id

        test_id: None | str | Unset
        if isinstance(self.test_id, Unset):
            test_id = UNSET
        else:
            test_id = self.test_id

        platform: None | str | Unset
        if isinstance(self.platform, Unset):
            platform = UNSET
        else:
            platform = self.platform

        grounder_type: None | str | Unset
        if isinstance(self.grounder_type, Unset):
            grounder_type = UNSET
        else:
            grounder_type = self.grounder_type

        test_name: None | str | Unset
        if isinstance(self.test_name, Unset):
            test_name = UNSET
        else:
            test_name = self.test_name

        manifest_url: None | str | Unset
        if isinstance(self.manifest_url, Unset):
            manifest_url = UNSET
        else:
            manifest_url = self.manifest_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "task_id": task_id,
            }
        )
        if org_id is not UNSET:
            field_dict["org_id"] = org_id
        if workflow_id is not UNSET:
            field_dict["workflow_id"] = workflow_id
        if test_id is not UNSET:
            field_dict["test_id"] = test_id
        if platform is not UNSET:
            field_dict["platform"] = platform
        if grounder_type is not UNSET:
            field_dict["grounder_type"] = grounder_type
        if test_name is not UNSET:
            field_dict["test_name"] = test_name
        if manifest_url is not UNSET:
            field_dict["manifest_url"] = manifest_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        task_id = d.pop("task_id")

        def _parse_org_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        org_id = _parse_org_id(d.pop("org_id", UNSET))

        def _parse_workflow_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        workflow_id = _parse_workflow_id(d.pop("workflow_id", UNSET))

        def _parse_test_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        test_id = _parse_test_id(d.pop("test_id", UNSET))

        def _parse_platform(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        platform = _parse_platform(d.pop("platform", UNSET))

        def _parse_grounder_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        grounder_type = _parse_grounder_type(d.pop("grounder_type", UNSET))

        def _parse_test_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        test_name = _parse_test_name(d.pop("test_name", UNSET))

        def _parse_manifest_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        manifest_url = _parse_manifest_url(d.pop("manifest_url", UNSET))

        flywheel_trigger_request = cls(
            task_id=task_id,
            org_id=org_id,
            workflow_id=workflow_id,
            test_id=test_id,
            platform=platform,
            grounder_type=grounder_type,
            test_name=test_name,
            manifest_url=manifest_url,
        )

        flywheel_trigger_request.additional_properties = d
        return flywheel_trigger_request

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
