from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bounding_box_eval import BoundingBoxEval
    from ..models.grounder_hint_eval import GrounderHintEval
    from ..models.grounding_eval import GroundingEval
    from ..models.instruction_eval import InstructionEval
    from ..models.reflection_attempt_eval import ReflectionAttemptEval
    from ..models.reflection_eval import ReflectionEval
    from ..models.suggestion_quality_eval import SuggestionQualityEval
    from ..models.validation_eval import ValidationEval


T = TypeVar("T", bound="StepEval")


@_attrs_define
class StepEval:
    """Complete evaluation of a single step including all retries.

    Attributes:
        step_index (int): Index of this step
        step_description (None | str | Unset): Description of the step
        action_type (None | str | Unset): Type of action taken
        retries (int | Unset): Number of retries for this step Default: 0.
        reasoning (None | str | Unset): Instructional LLM's visual analysis and reasoning
        agent_description (None | str | Unset): Human-readable action description from Instructional LLM
        grounding_applicable (bool | Unset): Whether grounding eval applies (needs x,y coords) Default: True.
        reflection_applicable (bool | Unset): Whether reflection eval applies (needs before/after images) Default: True.
        validation_applicable (bool | Unset): Whether validation eval applies (validation steps only) Default: False.
        bounding_box_applicable (bool | Unset): Whether bbox eval applies (needs grounder_bounding_box in llm_metadata)
            Default: False.
        grounder_hint_applicable (bool | Unset): Whether grounder_hint eval applies (needs grounder_hint in
            llm_metadata) Default: False.
        grounding_eval (GroundingEval | None | Unset):
        reflection_eval (None | ReflectionEval | Unset):
        instruction_eval (InstructionEval | None | Unset):
        validation_eval (None | Unset | ValidationEval):
        suggestion_eval (None | SuggestionQualityEval | Unset):
        bounding_box_eval (BoundingBoxEval | None | Unset):
        grounder_hint_eval (GrounderHintEval | None | Unset):
        reflections (list[ReflectionAttemptEval] | Unset): Evaluations of retry attempts
        image_url (None | str | Unset): URL to before screenshot
        tagged_image_url (None | str | Unset): URL to tagged screenshot (with crosshair)
        post_action_image_url (None | str | Unset): URL to after screenshot
        image_base64 (None | str | Unset): Base64 before screenshot (fallback)
        tagged_image_base64 (None | str | Unset): Base64 tagged screenshot (fallback)
        post_action_image_base64 (None | str | Unset): Base64 after screenshot (fallback)
    """

    step_index: int
    step_description: None | str | Unset = UNSET
    action_type: None | str | Unset = UNSET
    retries: int | Unset = 0
    reasoning: None | str | Unset = UNSET
    agent_description: None | str | Unset = UNSET
    grounding_applicable: bool | Unset = True
    reflection_applicable: bool | Unset = True
    validation_applicable: bool | Unset = False
    bounding_box_applicable: bool | Unset = False
    grounder_hint_applicable: bool | Unset = False
    grounding_eval: GroundingEval | None | Unset = UNSET
    reflection_eval: None | ReflectionEval | Unset = UNSET
    instruction_eval: InstructionEval | None | Unset = UNSET
    validation_eval: None | Unset | ValidationEval = UNSET
    suggestion_eval: None | SuggestionQualityEval | Unset = UNSET
    bounding_box_eval: BoundingBoxEval | None | Unset = UNSET
    grounder_hint_eval: GrounderHintEval | None | Unset = UNSET
    reflections: list[ReflectionAttemptEval] | Unset = UNSET
    image_url: None | str | Unset = UNSET
    tagged_image_url: None | str | Unset = UNSET
    post_action_image_url: None | str | Unset = UNSET
    image_base64: None | str | Unset = UNSET
    tagged_image_base64: None | str | Unset = UNSET
    post_action_image_base64: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.bounding_box_eval import BoundingBoxEval  # noqa: PLC0415
        from ..models.grounder_hint_eval import GrounderHintEval  # noqa: PLC0415
        from ..models.grounding_eval import GroundingEval  # noqa: PLC0415
        from ..models.instruction_eval import InstructionEval  # noqa: PLC0415
        from ..models.reflection_eval import ReflectionEval  # noqa: PLC0415
        from ..models.suggestion_quality_eval import SuggestionQualityEval  # noqa: PLC0415
        from ..models.validation_eval import ValidationEval  # noqa: PLC0415

        step_index = self.step_index

        step_description: None | str | Unset
        if isinstance(self.step_description, Unset):
            step_description = UNSET
        else:
            step_description = self.step_description

        action_type: None | str | Unset
        if isinstance(self.action_type, Unset):
            action_type = UNSET
        else:
            action_type = self.action_type

        retries = self.retries

        reasoning: None | str | Unset
        if isinstance(self.reasoning, Unset):
            reasoning = UNSET
        else:
            reasoning = self.reasoning

        agent_description: None | str | Unset
        if isinstance(self.agent_description, Unset):
            agent_description = UNSET
        else:
            agent_description = self.agent_description

        grounding_applicable = self.grounding_applicable

        reflection_applicable = self.reflection_applicable

        validation_applicable = self.validation_applicable

        bounding_box_applicable = self.bounding_box_applicable

        grounder_hint_applicable = self.grounder_hint_applicable

        grounding_eval: dict[str, Any] | None | Unset
        if isinstance(self.grounding_eval, Unset):
            grounding_eval = UNSET
        elif isinstance(self.grounding_eval, GroundingEval):
            grounding_eval = self.grounding_eval.to_dict()
        else:
            grounding_eval = self.grounding_eval

        reflection_eval: dict[str, Any] | None | Unset
        if isinstance(self.reflection_eval, Unset):
            reflection_eval = UNSET
        elif isinstance(self.reflection_eval, ReflectionEval):
            reflection_eval = self.reflection_eval.to_dict()
        else:
            reflection_eval = self.reflection_eval

        instruction_eval: dict[str, Any] | None | Unset
        if isinstance(self.instruction_eval, Unset):
            instruction_eval = UNSET
        elif isinstance(self.instruction_eval, InstructionEval):
            instruction_eval = self.instruction_eval.to_dict()
        else:
            instruction_eval = self.instruction_eval

        validation_eval: dict[str, Any] | None | Unset
        if isinstance(self.validation_eval, Unset):
            validation_eval = UNSET
        elif isinstance(self.validation_eval, ValidationEval):
            validation_eval = self.validation_eval.to_dict()
        else:
            validation_eval = self.validation_eval

        suggestion_eval: dict[str, Any] | None | Unset
        if isinstance(self.suggestion_eval, Unset):
            suggestion_eval = UNSET
        elif isinstance(self.suggestion_eval, SuggestionQualityEval):
            suggestion_eval = self.suggestion_eval.to_dict()
        else:
            suggestion_eval = self.suggestion_eval

        bounding_box_eval: dict[str, Any] | None | Unset
        if isinstance(self.bounding_box_eval, Unset):
            bounding_box_eval = UNSET
        elif isinstance(self.bounding_box_eval, BoundingBoxEval):
            bounding_box_eval = self.bounding_box_eval.to_dict()
        else:
            bounding_box_eval = self.bounding_box_eval

        grounder_hint_eval: dict[str, Any] | None | Unset
        if isinstance(self.grounder_hint_eval, Unset):
            grounder_hint_eval = UNSET
        elif isinstance(self.grounder_hint_eval, GrounderHintEval):
            grounder_hint_eval = self.grounder_hint_eval.to_dict()
        else:
            grounder_hint_eval = self.grounder_hint_eval

        reflections: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.reflections, Unset):
            reflections = []
            for reflections_item_data in self.reflections:
                reflections_item = reflections_item_data.to_dict()
                reflections.append(reflections_item)

        image_url: None | str | Unset
        if isinstance(self.image_url, Unset):
            image_url = UNSET
        else:
            image_url = self.image_url

        tagged_image_url: None | str | Unset
        if isinstance(self.tagged_image_url, Unset):
            tagged_image_url = UNSET
        else:
            tagged_image_url = self.tagged_image_url

        post_action_image_url: None | str | Unset
        if isinstance(self.post_action_image_url, Unset):
            post_action_image_url = UNSET
        else:
            post_action_image_url = self.post_action_image_url

        image_base64: None | str | Unset
        if isinstance(self.image_base64, Unset):
            image_base64 = UNSET
        else:
            image_base64 = self.image_base64

        tagged_image_base64: None | str | Unset
        if isinstance(self.tagged_image_base64, Unset):
            tagged_image_base64 = UNSET
        else:
            tagged_image_base64 = self.tagged_image_base64

        post_action_image_base64: None | str | Unset
        if isinstance(self.post_action_image_base64, Unset):
            post_action_image_base64 = UNSET
        else:
            post_action_image_base64 = self.post_action_image_base64

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "step_index": step_index,
            }
        )
        if step_description is not UNSET:
            field_dict["step_description"] = step_description
        if action_type is not UNSET:
            field_dict["action_type"] = action_type
        if retries is not UNSET:
            field_dict["retries"] = retries
        if reasoning is not UNSET:
            field_dict["reasoning"] = reasoning
        if agent_description is not UNSET:
            field_dict["agent_description"] = agent_description
        if grounding_applicable is not UNSET:
            field_dict["grounding_applicable"] = grounding_applicable
        if reflection_applicable is not UNSET:
            field_dict["reflection_applicable"] = reflection_applicable
        if validation_applicable is not UNSET:
            field_dict["validation_applicable"] = validation_applicable
        if bounding_box_applicable is not UNSET:
            field_dict["bounding_box_applicable"] = bounding_box_applicable
        if grounder_hint_applicable is not UNSET:
            field_dict["grounder_hint_applicable"] = grounder_hint_applicable
        if grounding_eval is not UNSET:
            field_dict["grounding_eval"] = grounding_eval
        if reflection_eval is not UNSET:
            field_dict["reflection_eval"] = reflection_eval
        if instruction_eval is not UNSET:
            field_dict["instruction_eval"] = instruction_eval
        if validation_eval is not UNSET:
            field_dict["validation_eval"] = validation_eval
        if suggestion_eval is not UNSET:
            field_dict["suggestion_eval"] = suggestion_eval
        if bounding_box_eval is not UNSET:
            field_dict["bounding_box_eval"] = bounding_box_eval
        if grounder_hint_eval is not UNSET:
            field_dict["grounder_hint_eval"] = grounder_hint_eval
        if reflections is not UNSET:
            field_dict["reflections"] = reflections
        if image_url is not UNSET:
            field_dict["image_url"] = image_url
        if tagged_image_url is not UNSET:
            field_dict["tagged_image_url"] = tagged_image_url
        if post_action_image_url is not UNSET:
            field_dict["post_action_image_url"] = post_action_image_url
        if image_base64 is not UNSET:
            field_dict["image_base64"] = image_base64
        if tagged_image_base64 is not UNSET:
            field_dict["tagged_image_base64"] = tagged_image_base64
        if post_action_image_base64 is not UNSET:
            field_dict["post_action_image_base64"] = post_action_image_base64

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bounding_box_eval import BoundingBoxEval  # noqa: PLC0415
        from ..models.grounder_hint_eval import GrounderHintEval  # noqa: PLC0415
        from ..models.grounding_eval import GroundingEval  # noqa: PLC0415
        from ..models.instruction_eval import InstructionEval  # noqa: PLC0415
        from ..models.reflection_attempt_eval import ReflectionAttemptEval  # noqa: PLC0415
        from ..models.reflection_eval import ReflectionEval  # noqa: PLC0415
        from ..models.suggestion_quality_eval import SuggestionQualityEval  # noqa: PLC0415
        from ..models.validation_eval import ValidationEval  # noqa: PLC0415

        d = dict(src_dict)
        step_index = d.pop("step_index")

        def _parse_step_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        step_description = _parse_step_description(d.pop("step_description", UNSET))

        def _parse_action_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        action_type = _parse_action_type(d.pop("action_type", UNSET))

        retries = d.pop("retries", UNSET)

        def _parse_reasoning(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reasoning = _parse_reasoning(d.pop("reasoning", UNSET))

        def _parse_agent_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        agent_description = _parse_agent_description(d.pop("agent_description", UNSET))

        grounding_applicable = d.pop("grounding_applicable", UNSET)

        reflection_applicable = d.pop("reflection_applicable", UNSET)

        validation_applicable = d.pop("validation_applicable", UNSET)

        bounding_box_applicable = d.pop("bounding_box_applicable", UNSET)

        grounder_hint_applicable = d.pop("grounder_hint_applicable", UNSET)

        def _parse_grounding_eval(data: object) -> GroundingEval | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                grounding_eval_type_0 = GroundingEval.from_dict(data)

                return grounding_eval_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GroundingEval | None | Unset, data)

        grounding_eval = _parse_grounding_eval(d.pop("grounding_eval", UNSET))

        def _parse_reflection_eval(data: object) -> None | ReflectionEval | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                reflection_eval_type_0 = ReflectionEval.from_dict(data)

                return reflection_eval_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ReflectionEval | Unset, data)

        reflection_eval = _parse_reflection_eval(d.pop("reflection_eval", UNSET))

        def _parse_instruction_eval(data: object) -> InstructionEval | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                instruction_eval_type_0 = InstructionEval.from_dict(data)

                return instruction_eval_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(InstructionEval | None | Unset, data)

        instruction_eval = _parse_instruction_eval(d.pop("instruction_eval", UNSET))

        def _parse_validation_eval(data: object) -> None | Unset | ValidationEval:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                validation_eval_type_0 = ValidationEval.from_dict(data)

                return validation_eval_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | ValidationEval, data)

        validation_eval = _parse_validation_eval(d.pop("validation_eval", UNSET))

        def _parse_suggestion_eval(data: object) -> None | SuggestionQualityEval | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                suggestion_eval_type_0 = SuggestionQualityEval.from_dict(data)

                return suggestion_eval_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SuggestionQualityEval | Unset, data)

        suggestion_eval = _parse_suggestion_eval(d.pop("suggestion_eval", UNSET))

        def _parse_bounding_box_eval(data: object) -> BoundingBoxEval | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                bounding_box_eval_type_0 = BoundingBoxEval.from_dict(data)

                return bounding_box_eval_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BoundingBoxEval | None | Unset, data)

        bounding_box_eval = _parse_bounding_box_eval(d.pop("bounding_box_eval", UNSET))

        def _parse_grounder_hint_eval(data: object) -> GrounderHintEval | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                grounder_hint_eval_type_0 = GrounderHintEval.from_dict(data)

                return grounder_hint_eval_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GrounderHintEval | None | Unset, data)

        grounder_hint_eval = _parse_grounder_hint_eval(d.pop("grounder_hint_eval", UNSET))

        _reflections = d.pop("reflections", UNSET)
        reflections: list[ReflectionAttemptEval] | Unset = UNSET
        if _reflections is not UNSET:
            reflections = []
            for reflections_item_data in _reflections:
                reflections_item = ReflectionAttemptEval.from_dict(reflections_item_data)

                reflections.append(reflections_item)

        def _parse_image_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        image_url = _parse_image_url(d.pop("image_url", UNSET))

        def _parse_tagged_image_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tagged_image_url = _parse_tagged_image_url(d.pop("tagged_image_url", UNSET))

        def _parse_post_action_image_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        post_action_image_url = _parse_post_action_image_url(d.pop("post_action_image_url", UNSET))

        def _parse_image_base64(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        image_base64 = _parse_image_base64(d.pop("image_base64", UNSET))

        def _parse_tagged_image_base64(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tagged_image_base64 = _parse_tagged_image_base64(d.pop("tagged_image_base64", UNSET))

        def _parse_post_action_image_base64(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        post_action_image_base64 = _parse_post_action_image_base64(d.pop("post_action_image_base64", UNSET))

        step_eval = cls(
            step_index=step_index,
            step_description=step_description,
            action_type=action_type,
            retries=retries,
            reasoning=reasoning,
            agent_description=agent_description,
            grounding_applicable=grounding_applicable,
            reflection_applicable=reflection_applicable,
            validation_applicable=validation_applicable,
            bounding_box_applicable=bounding_box_applicable,
            grounder_hint_applicable=grounder_hint_applicable,
            grounding_eval=grounding_eval,
            reflection_eval=reflection_eval,
            instruction_eval=instruction_eval,
            validation_eval=validation_eval,
            suggestion_eval=suggestion_eval,
            bounding_box_eval=bounding_box_eval,
            grounder_hint_eval=grounder_hint_eval,
            reflections=reflections,
            image_url=image_url,
            tagged_image_url=tagged_image_url,
            post_action_image_url=post_action_image_url,
            image_base64=image_base64,
            tagged_image_base64=tagged_image_base64,
            post_action_image_base64=post_action_image_base64,
        )

        step_eval.additional_properties = d
        return step_eval

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
