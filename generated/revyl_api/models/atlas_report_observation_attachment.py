from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AtlasReportObservationAttachment")


@_attrs_define
class AtlasReportObservationAttachment:
    """
    Attributes:
        observation_id (str):
        report_id (str):
        entity_id (str):
        root_entity_id (str):
        node_entity_id (str):
        viewer_url (str):
        execution_id (None | str | Unset):
        session_id (None | str | Unset):
        test_id (None | str | Unset):
        step_id (None | str | Unset):
        action_id (None | str | Unset):
        step_index (int | None | Unset):
        action_index (int | None | Unset):
        screenshot_role (None | str | Unset):
        screenshot_s3_bucket (None | str | Unset):
        screenshot_s3_key (None | str | Unset):
        canonical_entity_id (None | str | Unset):
        decision_id (None | str | Unset):
        entity_kind (None | str | Unset):
        variant_kind (None | str | Unset):
        display_name (None | str | Unset):
        screen_kind (None | str | Unset):
    """

    observation_id: str
    report_id: str
    entity_id: str
    root_entity_id: str
    node_entity_id: str
    viewer_url: str
    execution_id: None | str | Unset = UNSET
    session_id: None | str | Unset = UNSET
    test_id: None | str | Unset = UNSET
    step_id: None | str | Unset = UNSET
    action_id: None | str | Unset = UNSET
    step_index: int | None | Unset = UNSET
    action_index: int | None | Unset = UNSET
    screenshot_role: None | str | Unset = UNSET
    screenshot_s3_bucket: None | str | Unset = UNSET
    screenshot_s3_key: None | str | Unset = UNSET
    canonical_entity_id: None | str | Unset = UNSET
    decision_id: None | str | Unset = UNSET
    entity_kind: None | str | Unset = UNSET
    variant_kind: None | str | Unset = UNSET
    display_name: None | str | Unset = UNSET
    screen_kind: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        observation_id = self.observation_id

        report_id = self.report_id

        entity_id = self.entity_id

        root_entity_id = self.root_entity_id

        node_entity_id = self.node_entity_id

        viewer_url = self.viewer_url

        execution_id: None | str | Unset
        if isinstance(self.execution_id, Unset):
            execution_id = UNSET
        else:
            execution_id = self.execution_id

        session_id: None | str | Unset
        if isinstance(self.session_id, Unset):
            session_id = UNSET
        else:
            session_id = self.session_id

        test_id: None | str | Unset
        if isinstance(self.test_id, Unset):
            test_id = UNSET
        else:
            test_id = self.test_id

        step_id: None | str | Unset
        if isinstance(self.step_id, Unset):
            step_id = UNSET
        else:
            step_id = self.step_id

        action_id: None | str | Unset
        if isinstance(self.action_id, Unset):
            action_id = UNSET
        else:
            action_id = self.action_id

        step_index: int | None | Unset
        if isinstance(self.step_index, Unset):
            step_index = UNSET
        else:
            step_index = self.step_index

        action_index: int | None | Unset
        if isinstance(self.action_index, Unset):
            action_index = UNSET
        else:
            action_index = self.action_index

        screenshot_role: None | str | Unset
        if isinstance(self.screenshot_role, Unset):
            screenshot_role = UNSET
        else:
            screenshot_role = self.screenshot_role

        screenshot_s3_bucket: None | str | Unset
        if isinstance(self.screenshot_s3_bucket, Unset):
            screenshot_s3_bucket = UNSET
        else:
            screenshot_s3_bucket = self.screenshot_s3_bucket

        screenshot_s3_key: None | str | Unset
        if isinstance(self.screenshot_s3_key, Unset):
            screenshot_s3_key = UNSET
        else:
            screenshot_s3_key = self.screenshot_s3_key

        canonical_entity_id: None | str | Unset
        if isinstance(self.canonical_entity_id, Unset):
            canonical_entity_id = UNSET
        else:
            canonical_entity_id = self.canonical_entity_id

        decision_id: None | str | Unset
        if isinstance(self.decision_id, Unset):
            decision_id = UNSET
        else:
            decision_id = self.decision_id

        entity_kind: None | str | Unset
        if isinstance(self.entity_kind, Unset):
            entity_kind = UNSET
        else:
            entity_kind = self.entity_kind

        variant_kind: None | str | Unset
        if isinstance(self.variant_kind, Unset):
            variant_kind = UNSET
        else:
            variant_kind = self.variant_kind

        display_name: None | str | Unset
        if isinstance(self.display_name, Unset):
            display_name = UNSET
        else:
            display_name = self.display_name

        screen_kind: None | str | Unset
        if isinstance(self.screen_kind, Unset):
            screen_kind = UNSET
        else:
            screen_kind = self.screen_kind

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "observation_id": observation_id,
                "report_id": report_id,
                "entity_id": entity_id,
                "root_entity_id": root_entity_id,
                "node_entity_id": node_entity_id,
                "viewer_url": viewer_url,
            }
        )
        if execution_id is not UNSET:
            field_dict["execution_id"] = execution_id
        if session_id is not UNSET:
            field_dict["session_id"] = session_id
        if test_id is not UNSET:
            field_dict["test_id"] = test_id
        if step_id is not UNSET:
            field_dict["step_id"] = step_id
        if action_id is not UNSET:
            field_dict["action_id"] = action_id
        if step_index is not UNSET:
            field_dict["step_index"] = step_index
        if action_index is not UNSET:
            field_dict["action_index"] = action_index
        if screenshot_role is not UNSET:
            field_dict["screenshot_role"] = screenshot_role
        if screenshot_s3_bucket is not UNSET:
            field_dict["screenshot_s3_bucket"] = screenshot_s3_bucket
        if screenshot_s3_key is not UNSET:
            field_dict["screenshot_s3_key"] = screenshot_s3_key
        if canonical_entity_id is not UNSET:
            field_dict["canonical_entity_id"] = canonical_entity_id
        if decision_id is not UNSET:
            field_dict["decision_id"] = decision_id
        if entity_kind is not UNSET:
            field_dict["entity_kind"] = entity_kind
        if variant_kind is not UNSET:
            field_dict["variant_kind"] = variant_kind
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if screen_kind is not UNSET:
            field_dict["screen_kind"] = screen_kind

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        observation_id = d.pop("observation_id")

        report_id = d.pop("report_id")

        entity_id = d.pop("entity_id")

        root_entity_id = d.pop("root_entity_id")

        node_entity_id = d.pop("node_entity_id")

        viewer_url = d.pop("viewer_url")

        def _parse_execution_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        execution_id = _parse_execution_id(d.pop("execution_id", UNSET))

        def _parse_session_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        session_id = _parse_session_id(d.pop("session_id", UNSET))

        def _parse_test_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        test_id = _parse_test_id(d.pop("test_id", UNSET))

        def _parse_step_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        step_id = _parse_step_id(d.pop("step_id", UNSET))

        def _parse_action_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        action_id = _parse_action_id(d.pop("action_id", UNSET))

        def _parse_step_index(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        step_index = _parse_step_index(d.pop("step_index", UNSET))

        def _parse_action_index(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        action_index = _parse_action_index(d.pop("action_index", UNSET))

        def _parse_screenshot_role(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        screenshot_role = _parse_screenshot_role(d.pop("screenshot_role", UNSET))

        def _parse_screenshot_s3_bucket(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        screenshot_s3_bucket = _parse_screenshot_s3_bucket(d.pop("screenshot_s3_bucket", UNSET))

        def _parse_screenshot_s3_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        screenshot_s3_key = _parse_screenshot_s3_key(d.pop("screenshot_s3_key", UNSET))

        def _parse_canonical_entity_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        canonical_entity_id = _parse_canonical_entity_id(d.pop("canonical_entity_id", UNSET))

        def _parse_decision_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        decision_id = _parse_decision_id(d.pop("decision_id", UNSET))

        def _parse_entity_kind(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        entity_kind = _parse_entity_kind(d.pop("entity_kind", UNSET))

        def _parse_variant_kind(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        variant_kind = _parse_variant_kind(d.pop("variant_kind", UNSET))

        def _parse_display_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        display_name = _parse_display_name(d.pop("display_name", UNSET))

        def _parse_screen_kind(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        screen_kind = _parse_screen_kind(d.pop("screen_kind", UNSET))

        atlas_report_observation_attachment = cls(
            observation_id=observation_id,
            report_id=report_id,
            entity_id=entity_id,
            root_entity_id=root_entity_id,
            node_entity_id=node_entity_id,
            viewer_url=viewer_url,
            execution_id=execution_id,
            session_id=session_id,
            test_id=test_id,
            step_id=step_id,
            action_id=action_id,
            step_index=step_index,
            action_index=action_index,
            screenshot_role=screenshot_role,
            screenshot_s3_bucket=screenshot_s3_bucket,
            screenshot_s3_key=screenshot_s3_key,
            canonical_entity_id=canonical_entity_id,
            decision_id=decision_id,
            entity_kind=entity_kind,
            variant_kind=variant_kind,
            display_name=display_name,
            screen_kind=screen_kind,
        )

        atlas_report_observation_attachment.additional_properties = d
        return atlas_report_observation_attachment

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
