from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.quality_grade import QualityGrade, check_quality_grade
from ..models.reliability_estimate import ReliabilityEstimate, check_reliability_estimate
from ..models.weakest_component import WeakestComponent, check_weakest_component
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.quality_breakdown import QualityBreakdown


T = TypeVar("T", bound="QualityScore")


@_attrs_define
class QualityScore:
    """Overall quality assessment for a test execution.

    Attributes:
        score (float): Overall quality score (0-100)
        grade (QualityGrade | str): Quality grades for test execution.
        breakdown (QualityBreakdown): Breakdown of quality score components.
        reliability_estimate (ReliabilityEstimate | str): Estimate of how reliably this test would pass on re-run.
        weakest_component (str | WeakestComponent): Which component was weakest in the test execution.
        is_false_positive (bool | Unset): Whether this might be an accidental success Default: False.
        false_positive_reason (None | str | Unset): Reason for false positive flag
        improvement_suggestions (list[str] | Unset): Suggestions for improvement
    """

    score: float
    grade: QualityGrade | str
    breakdown: QualityBreakdown
    reliability_estimate: ReliabilityEstimate | str
    weakest_component: str | WeakestComponent
    is_false_positive: bool | Unset = False
    false_positive_reason: None | str | Unset = UNSET
    improvement_suggestions: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        score = self.score

        grade: str
        if isinstance(self.grade, str):
            grade = self.grade
        else:
            grade = self.grade

        breakdown = self.breakdown.to_dict()

        reliability_estimate: str
        if isinstance(self.reliability_estimate, str):
            reliability_estimate = self.reliability_estimate
        else:
            reliability_estimate = self.reliability_estimate

        weakest_component: str
        if isinstance(self.weakest_component, str):
            weakest_component = self.weakest_component
        else:
            weakest_component = self.weakest_component

        is_false_positive = self.is_false_positive

        false_positive_reason: None | str | Unset
        if isinstance(self.false_positive_reason, Unset):
            false_positive_reason = UNSET
        else:
            false_positive_reason = self.false_positive_reason

        improvement_suggestions: list[str] | Unset = UNSET
        if not isinstance(self.improvement_suggestions, Unset):
            improvement_suggestions = self.improvement_suggestions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "score": score,
                "grade": grade,
                "breakdown": breakdown,
                "reliability_estimate": reliability_estimate,
                "weakest_component": weakest_component,
            }
        )
        if is_false_positive is not UNSET:
            field_dict["is_false_positive"] = is_false_positive
        if false_positive_reason is not UNSET:
            field_dict["false_positive_reason"] = false_positive_reason
        if improvement_suggestions is not UNSET:
            field_dict["improvement_suggestions"] = improvement_suggestions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.quality_breakdown import QualityBreakdown  # noqa: PLC0415

        d = dict(src_dict)
        score = d.pop("score")

        def _parse_grade(data: object) -> QualityGrade | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                grade_type_0 = check_quality_grade(data)

                return grade_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(QualityGrade | str, data)

        grade = _parse_grade(d.pop("grade"))

        breakdown = QualityBreakdown.from_dict(d.pop("breakdown"))

        def _parse_reliability_estimate(data: object) -> ReliabilityEstimate | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                reliability_estimate_type_0 = check_reliability_estimate(data)

                return reliability_estimate_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ReliabilityEstimate | str, data)

        reliability_estimate = _parse_reliability_estimate(d.pop("reliability_estimate"))

        def _parse_weakest_component(data: object) -> str | WeakestComponent:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                weakest_component_type_0 = check_weakest_component(data)

                return weakest_component_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(str | WeakestComponent, data)

        weakest_component = _parse_weakest_component(d.pop("weakest_component"))

        is_false_positive = d.pop("is_false_positive", UNSET)

        def _parse_false_positive_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        false_positive_reason = _parse_false_positive_reason(d.pop("false_positive_reason", UNSET))

        improvement_suggestions = cast(list[str], d.pop("improvement_suggestions", UNSET))

        quality_score = cls(
            score=score,
            grade=grade,
            breakdown=breakdown,
            reliability_estimate=reliability_estimate,
            weakest_component=weakest_component,
            is_false_positive=is_false_positive,
            false_positive_reason=false_positive_reason,
            improvement_suggestions=improvement_suggestions,
        )

        quality_score.additional_properties = d
        return quality_score

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
