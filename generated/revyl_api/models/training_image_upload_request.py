from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TrainingImageUploadRequest")


@_attrs_define
class TrainingImageUploadRequest:
    """
    Attributes:
        task_id (str):
        step_id (str):
        predicted_x (int | None | Unset):
        predicted_y (int | None | Unset):
        actual_x (int | None | Unset):
        actual_y (int | None | Unset):
        raw_target (None | str | Unset):
        grounder_target (None | str | Unset):
        instruction (None | str | Unset):
        action_type (None | str | Unset):
        actual_bbox_x1 (int | None | Unset):
        actual_bbox_y1 (int | None | Unset):
        actual_bbox_x2 (int | None | Unset):
        actual_bbox_y2 (int | None | Unset):
    """

    task_id: str
    step_id: str
    predicted_x: int | None | Unset = UNSET
    predicted_y: int | None | Unset = UNSET
    actual_x: int | None | Unset = UNSET
    actual_y: int | None | Unset = UNSET
    raw_target: None | str | Unset = UNSET
    grounder_target: None | str | Unset = UNSET
    instruction: None | str | Unset = UNSET
    action_type: None | str | Unset = UNSET
    actual_bbox_x1: int | None | Unset = UNSET
    actual_bbox_y1: int | None | Unset = UNSET
    actual_bbox_x2: int | None | Unset = UNSET
    actual_bbox_y2: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        task_id = self.task_id

        step_id = self.step_id

        predicted_x: int | None | Unset
        if isinstance(self.predicted_x, Unset):
            predicted_x = UNSET
        else:
            predicted_x = self.predicted_x

        predicted_y: int | None | Unset
        if isinstance(self.predicted_y, Unset):
            predicted_y = UNSET
        else:
            predicted_y = self.predicted_y

        actual_x: int | None | Unset
        if isinstance(self.actual_x, Unset):
            actual_x = UNSET
        else:
            actual_x = self.actual_x

        actual_y: int | None | Unset
        if isinstance(self.actual_y, Unset):
            actual_y = UNSET
        else:
            actual_y = self.actual_y

        raw_target: None | str | Unset
        if isinstance(self.raw_target, Unset):
            raw_target = UNSET
        else:
            raw_target = self.raw_target

        grounder_target: None | str | Unset
        if isinstance(self.grounder_target, Unset):
            grounder_target = UNSET
        else:
            grounder_target = self.grounder_target

        instruction: None | str | Unset
        if isinstance(self.instruction, Unset):
            instruction = UNSET
        else:
            instruction = self.instruction

        action_type: None | str | Unset
        if isinstance(self.action_type, Unset):
            action_type = UNSET
        else:
            action_type = self.action_type

        actual_bbox_x1: int | None | Unset
        if isinstance(self.actual_bbox_x1, Unset):
            actual_bbox_x1 = UNSET
        else:
            actual_bbox_x1 = self.actual_bbox_x1

        actual_bbox_y1: int | None | Unset
        if isinstance(self.actual_bbox_y1, Unset):
            actual_bbox_y1 = UNSET
        else:
            actual_bbox_y1 = self.actual_bbox_y1

        actual_bbox_x2: int | None | Unset
        if isinstance(self.actual_bbox_x2, Unset):
            actual_bbox_x2 = UNSET
        else:
            actual_bbox_x2 = self.actual_bbox_x2

        actual_bbox_y2: int | None | Unset
        if isinstance(self.actual_bbox_y2, Unset):
            actual_bbox_y2 = UNSET
        else:
            actual_bbox_y2 = self.actual_bbox_y2

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "task_id": task_id,
                "step_id": step_id,
            }
        )
        if predicted_x is not UNSET:
            field_dict["predicted_x"] = predicted_x
        if predicted_y is not UNSET:
            field_dict["predicted_y"] = predicted_y
        if actual_x is not UNSET:
            field_dict["actual_x"] = actual_x
        if actual_y is not UNSET:
            field_dict["actual_y"] = actual_y
        if raw_target is not UNSET:
            field_dict["raw_target"] = raw_target
        if grounder_target is not UNSET:
            field_dict["grounder_target"] = grounder_target
        if instruction is not UNSET:
            field_dict["instruction"] = instruction
        if action_type is not UNSET:
            field_dict["action_type"] = action_type
        if actual_bbox_x1 is not UNSET:
            field_dict["actual_bbox_x1"] = actual_bbox_x1
        if actual_bbox_y1 is not UNSET:
            field_dict["actual_bbox_y1"] = actual_bbox_y1
        if actual_bbox_x2 is not UNSET:
            field_dict["actual_bbox_x2"] = actual_bbox_x2
        if actual_bbox_y2 is not UNSET:
            field_dict["actual_bbox_y2"] = actual_bbox_y2

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        task_id = d.pop("task_id")

        step_id = d.pop("step_id")

        def _parse_predicted_x(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        predicted_x = _parse_predicted_x(d.pop("predicted_x", UNSET))

        def _parse_predicted_y(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        predicted_y = _parse_predicted_y(d.pop("predicted_y", UNSET))

        def _parse_actual_x(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        actual_x = _parse_actual_x(d.pop("actual_x", UNSET))

        def _parse_actual_y(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        actual_y = _parse_actual_y(d.pop("actual_y", UNSET))

        def _parse_raw_target(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        raw_target = _parse_raw_target(d.pop("raw_target", UNSET))

        def _parse_grounder_target(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        grounder_target = _parse_grounder_target(d.pop("grounder_target", UNSET))

        def _parse_instruction(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        instruction = _parse_instruction(d.pop("instruction", UNSET))

        def _parse_action_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        action_type = _parse_action_type(d.pop("action_type", UNSET))

        def _parse_actual_bbox_x1(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        actual_bbox_x1 = _parse_actual_bbox_x1(d.pop("actual_bbox_x1", UNSET))

        def _parse_actual_bbox_y1(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        actual_bbox_y1 = _parse_actual_bbox_y1(d.pop("actual_bbox_y1", UNSET))

        def _parse_actual_bbox_x2(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        actual_bbox_x2 = _parse_actual_bbox_x2(d.pop("actual_bbox_x2", UNSET))

        def _parse_actual_bbox_y2(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        actual_bbox_y2 = _parse_actual_bbox_y2(d.pop("actual_bbox_y2", UNSET))

        training_image_upload_request = cls(
            task_id=task_id,
            step_id=step_id,
            predicted_x=predicted_x,
            predicted_y=predicted_y,
            actual_x=actual_x,
            actual_y=actual_y,
            raw_target=raw_target,
            grounder_target=grounder_target,
            instruction=instruction,
            action_type=action_type,
            actual_bbox_x1=actual_bbox_x1,
            actual_bbox_y1=actual_bbox_y1,
            actual_bbox_x2=actual_bbox_x2,
            actual_bbox_y2=actual_bbox_y2,
        )

        training_image_upload_request.additional_properties = d
        return training_image_upload_request

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
