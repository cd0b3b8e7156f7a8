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
    from ..models.reflection_eval import ReflectionEval
    from ..models.suggestion_quality_eval import SuggestionQualityEval


T = TypeVar("T", bound="ReflectionAttemptEval")


@_attrs_define
class ReflectionAttemptEval:
    """Evaluation of a single reflection/retry attempt within a step.

    Attributes:
        retry_index (int): Index of this retry (0-based)
        reasoning (None | str | Unset): Instructional LLM's visual analysis and reasoning for this retry
        agent_description (None | str | Unset): Human-readable action description from Instructional LLM for this retry
        prev_suggestion (None | str | Unset): The suggestion from the previous attempt that led to this retry
        grounding_eval (GroundingEval | None | Unset):
        reflection_eval (None | ReflectionEval | Unset):
        instruction_eval (InstructionEval | None | Unset):
        suggestion_eval (None | SuggestionQualityEval | Unset):
        bounding_box_eval (BoundingBoxEval | None | Unset):
        grounder_hint_eval (GrounderHintEval | None | Unset):
        image_url (None | str | Unset): URL to before screenshot
        tagged_image_url (None | str | Unset): URL to tagged screenshot (with crosshair)
        post_action_image_url (None | str | Unset): URL to after screenshot
        image_base64 (None | str | Unset): Base64 before screenshot (fallback)
        tagged_image_base64 (None | str | Unset): Base64 tagged screenshot (fallback)
        post_action_image_base64 (None | str | Unset): Base64 after screenshot (fallback)
    """

    retry_index: int
    reasoning: None | str | Unset = UNSET
    agent_description: None | str | Unset = UNSET
    prev_suggestion: None | str | Unset = UNSET
    grounding_eval: GroundingEval | None | Unset = UNSET
    reflection_eval: None | ReflectionEval | Unset = UNSET
    instruction_eval: InstructionEval | None | Unset = UNSET
    suggestion_eval: None | SuggestionQualityEval | Unset = UNSET
    bounding_box_eval: BoundingBoxEval | None | Unset = UNSET
    grounder_hint_eval: GrounderHintEval | None | Unset = UNSET
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

        retry_index = self.retry_index

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

        prev_suggestion: None | str | Unset
        if isinstance(self.prev_suggestion, Unset):
            prev_suggestion = UNSET
        else:
            prev_suggestion = self.prev_suggestion

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
                "retry_index": retry_index,
            }
        )
        if reasoning is not UNSET:
            field_dict["reasoning"] = reasoning
        if agent_description is not UNSET:
            field_dict["agent_description"] = agent_description
        if prev_suggestion is not UNSET:
            field_dict["prev_suggestion"] = prev_suggestion
        if grounding_eval is not UNSET:
            field_dict["grounding_eval"] = grounding_eval
        if reflection_eval is not UNSET:
            field_dict["reflection_eval"] = reflection_eval
        if instruction_eval is not UNSET:
            field_dict["instruction_eval"] = instruction_eval
        if suggestion_eval is not UNSET:
            field_dict["suggestion_eval"] = suggestion_eval
        if bounding_box_eval is not UNSET:
            field_dict["bounding_box_eval"] = bounding_box_eval
        if grounder_hint_eval is not UNSET:
            field_dict["grounder_hint_eval"] = grounder_hint_eval
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
        from ..models.reflection_eval import ReflectionEval  # noqa: PLC0415
        from ..models.suggestion_quality_eval import SuggestionQualityEval  # noqa: PLC0415

        d = dict(src_dict)
        retry_index = d.pop("retry_index")

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

        def _parse_prev_suggestion(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        prev_suggestion = _parse_prev_suggestion(d.pop("prev_suggestion", UNSET))

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

        reflection_attempt_eval = cls(
            retry_index=retry_index,
            reasoning=reasoning,
            agent_description=agent_description,
            prev_suggestion=prev_suggestion,
            grounding_eval=grounding_eval,
            reflection_eval=reflection_eval,
            instruction_eval=instruction_eval,
            suggestion_eval=suggestion_eval,
            bounding_box_eval=bounding_box_eval,
            grounder_hint_eval=grounder_hint_eval,
            image_url=image_url,
            tagged_image_url=tagged_image_url,
            post_action_image_url=post_action_image_url,
            image_base64=image_base64,
            tagged_image_base64=tagged_image_base64,
            post_action_image_base64=post_action_image_base64,
        )

        reflection_attempt_eval.additional_properties = d
        return reflection_attempt_eval

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
