from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.test_eval_report_test_outcome import TestEvalReportTestOutcome, check_test_eval_report_test_outcome
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.eval_error_summary import EvalErrorSummary
    from ..models.quality_score import QualityScore
    from ..models.step_eval import StepEval
    from ..models.test_eval_report_raw_manifest_type_0 import TestEvalReportRawManifestType0


T = TypeVar("T", bound="TestEvalReport")


@_attrs_define
class TestEvalReport:
    """Complete evaluation report for a test run.

    Attributes:
        task_id (str):
        test_id (str):
        test_outcome (str | TestEvalReportTestOutcome):
        total_steps (int):
        total_retries (int):
        error_summary (EvalErrorSummary): Summary of errors from evaluation.
        quality (None | QualityScore | Unset):
        steps (list[StepEval] | Unset):
        raw_manifest (None | TestEvalReportRawManifestType0 | Unset): Raw manifest data for debugging
    """

    task_id: str
    test_id: str
    test_outcome: str | TestEvalReportTestOutcome
    total_steps: int
    total_retries: int
    error_summary: EvalErrorSummary
    quality: None | QualityScore | Unset = UNSET
    steps: list[StepEval] | Unset = UNSET
    raw_manifest: None | TestEvalReportRawManifestType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.quality_score import QualityScore  # noqa: PLC0415
        from ..models.test_eval_report_raw_manifest_type_0 import TestEvalReportRawManifestType0  # noqa: PLC0415

        task_id = self.task_id

        test_id = self.test_id

        test_outcome: str
        if isinstance(self.test_outcome, str):
            test_outcome = self.test_outcome
        else:
            test_outcome = self.test_outcome

        total_steps = self.total_steps

        total_retries = self.total_retries

        error_summary = self.error_summary.to_dict()

        quality: dict[str, Any] | None | Unset
        if isinstance(self.quality, Unset):
            quality = UNSET
        elif isinstance(self.quality, QualityScore):
            quality = self.quality.to_dict()
        else:
            quality = self.quality

        steps: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.steps, Unset):
            steps = []
            for steps_item_data in self.steps:
                steps_item = steps_item_data.to_dict()
                steps.append(steps_item)

        raw_manifest: dict[str, Any] | None | Unset
        if isinstance(self.raw_manifest, Unset):
            raw_manifest = UNSET
        elif isinstance(self.raw_manifest, TestEvalReportRawManifestType0):
            raw_manifest = self.raw_manifest.to_dict()
        else:
            raw_manifest = self.raw_manifest

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "task_id": task_id,
                "test_id": test_id,
                "test_outcome": test_outcome,
                "total_steps": total_steps,
                "total_retries": total_retries,
                "error_summary": error_summary,
            }
        )
        if quality is not UNSET:
            field_dict["quality"] = quality
        if steps is not UNSET:
            field_dict["steps"] = steps
        if raw_manifest is not UNSET:
            field_dict["raw_manifest"] = raw_manifest

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.eval_error_summary import EvalErrorSummary  # noqa: PLC0415
        from ..models.quality_score import QualityScore  # noqa: PLC0415
        from ..models.step_eval import StepEval  # noqa: PLC0415
        from ..models.test_eval_report_raw_manifest_type_0 import TestEvalReportRawManifestType0  # noqa: PLC0415

        d = dict(src_dict)
        task_id = d.pop("task_id")

        test_id = d.pop("test_id")

        def _parse_test_outcome(data: object) -> str | TestEvalReportTestOutcome:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                test_outcome_type_0 = check_test_eval_report_test_outcome(data)

                return test_outcome_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(str | TestEvalReportTestOutcome, data)

        test_outcome = _parse_test_outcome(d.pop("test_outcome"))

        total_steps = d.pop("total_steps")

        total_retries = d.pop("total_retries")

        error_summary = EvalErrorSummary.from_dict(d.pop("error_summary"))

        def _parse_quality(data: object) -> None | QualityScore | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                quality_type_0 = QualityScore.from_dict(data)

                return quality_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | QualityScore | Unset, data)

        quality = _parse_quality(d.pop("quality", UNSET))

        _steps = d.pop("steps", UNSET)
        steps: list[StepEval] | Unset = UNSET
        if _steps is not UNSET:
            steps = []
            for steps_item_data in _steps:
                steps_item = StepEval.from_dict(steps_item_data)

                steps.append(steps_item)

        def _parse_raw_manifest(data: object) -> None | TestEvalReportRawManifestType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                raw_manifest_type_0 = TestEvalReportRawManifestType0.from_dict(data)

                return raw_manifest_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TestEvalReportRawManifestType0 | Unset, data)

        raw_manifest = _parse_raw_manifest(d.pop("raw_manifest", UNSET))

        test_eval_report = cls(
            task_id=task_id,
            test_id=test_id,
            test_outcome=test_outcome,
            total_steps=total_steps,
            total_retries=total_retries,
            error_summary=error_summary,
            quality=quality,
            steps=steps,
            raw_manifest=raw_manifest,
        )

        test_eval_report.additional_properties = d
        return test_eval_report

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
