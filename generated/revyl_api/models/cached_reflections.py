from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cached_reflections_action_params_type_0 import CachedReflectionsActionParamsType0


T = TypeVar("T", bound="CachedReflections")


@_attrs_define
class CachedReflections:
    """Represents a cached reflection/substep action.

    Attributes:
        node_id (str): Canonical graph node identifier for the cached reflection/substep.
        step_id (Optional[str]): Step index from frontend for debugging purposes.
        action_type (str): Action type of the element.
        target (str): Primary grounding target for the element.
        value (Optional[str]): Input value for actions like INPUT (e.g., text to be entered).
        step_description (Optional[str]): Human-readable step description for this reflection.
        agent_description (Optional[str]): Human-readable instruction describing what the agent did.
        action_params (Optional[Dict[str, Any]]): Action-specific parameters (e.g., direction/distance/speed for SWIPE).
        bounding_box (Optional[List[str]]): Grid cells defining the grounding region (e.g., ['A2', 'C4']).
        wait_time_after_action (Optional[float]): Custom wait time in seconds after executing this cached action.

        Attributes:
            node_id (str): Canonical graph node identifier for the cached reflection/substep
            action_type (str): Action type of the element
            target (str): Primary grounding target for the element
            step_id (None | str | Unset): Step index from frontend for debugging purposes
            value (None | str | Unset): Input value for actions like INPUT (e.g., text to be entered)
            step_description (None | str | Unset): Human-readable step description for this reflection
            agent_description (None | str | Unset): Human-readable instruction describing what the agent did, e.g. 'Click
                the Sign In button'
            action_params (CachedReflectionsActionParamsType0 | None | Unset): Action-specific parameters (e.g.,
                direction/distance/speed for SWIPE, end_target for DRAG)
            bounding_box (list[str] | None | Unset): Grid cells defining the grounding region for cropping, e.g. ['A2',
                'C4']
            wait_time_after_action (float | None | Unset): Custom wait time in seconds after executing this cached action
                (to allow UI transitions)
    """

    node_id: str
    action_type: str
    target: str
    step_id: None | str | Unset = UNSET
    value: None | str | Unset = UNSET
    step_description: None | str | Unset = UNSET
    agent_description: None | str | Unset = UNSET
    action_params: CachedReflectionsActionParamsType0 | None | Unset = UNSET
    bounding_box: list[str] | None | Unset = UNSET
    wait_time_after_action: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.cached_reflections_action_params_type_0 import CachedReflectionsActionParamsType0  # noqa: PLC0415

        node_id = self.node_id

        action_type = self.action_type

        target = self.target

        step_id: None | str | Unset
        if isinstance(self.step_id, Unset):
            step_id = UNSET
        else:
            step_id = self.step_id

        value: None | str | Unset
        if isinstance(self.value, Unset):
            value = UNSET
        else:
            value = self.value

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

        action_params: dict[str, Any] | None | Unset
        if isinstance(self.action_params, Unset):
            action_params = UNSET
        elif isinstance(self.action_params, CachedReflectionsActionParamsType0):
            action_params = self.action_params.to_dict()
        else:
            action_params = self.action_params

        bounding_box: list[str] | None | Unset
        if isinstance(self.bounding_box, Unset):
            bounding_box = UNSET
        elif isinstance(self.bounding_box, list):
            bounding_box = self.bounding_box

        else:
            bounding_box = self.bounding_box

        wait_time_after_action: float | None | Unset
        if isinstance(self.wait_time_after_action, Unset):
            wait_time_after_action = UNSET
        else:
            wait_time_after_action = self.wait_time_after_action

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "node_id": node_id,
                "action_type": action_type,
                "target": target,
            }
        )
        if step_id is not UNSET:
            field_dict["step_id"] = step_id
        if value is not UNSET:
            field_dict["value"] = value
        if step_description is not UNSET:
            field_dict["step_description"] = step_description
        if agent_description is not UNSET:
            field_dict["agent_description"] = agent_description
        if action_params is not UNSET:
            field_dict["action_params"] = action_params
        if bounding_box is not UNSET:
            field_dict["bounding_box"] = bounding_box
        if wait_time_after_action is not UNSET:
            field_dict["wait_time_after_action"] = wait_time_after_action

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cached_reflections_action_params_type_0 import CachedReflectionsActionParamsType0  # noqa: PLC0415

        d = dict(src_dict)
        node_id = d.pop("node_id")

        action_type = d.pop("action_type")

        target = d.pop("target")

        def _parse_step_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        step_id = _parse_step_id(d.pop("step_id", UNSET))

        def _parse_value(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        value = _parse_value(d.pop("value", UNSET))

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

        def _parse_action_params(data: object) -> CachedReflectionsActionParamsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                action_params_type_0 = CachedReflectionsActionParamsType0.from_dict(data)

                return action_params_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CachedReflectionsActionParamsType0 | None | Unset, data)

        action_params = _parse_action_params(d.pop("action_params", UNSET))

        def _parse_bounding_box(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                bounding_box_type_0 = cast(list[str], data)

                return bounding_box_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        bounding_box = _parse_bounding_box(d.pop("bounding_box", UNSET))

        def _parse_wait_time_after_action(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        wait_time_after_action = _parse_wait_time_after_action(d.pop("wait_time_after_action", UNSET))

        cached_reflections = cls(
            node_id=node_id,
            action_type=action_type,
            target=target,
            step_id=step_id,
            value=value,
            step_description=step_description,
            agent_description=agent_description,
            action_params=action_params,
            bounding_box=bounding_box,
            wait_time_after_action=wait_time_after_action,
        )

        cached_reflections.additional_properties = d
        return cached_reflections

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
