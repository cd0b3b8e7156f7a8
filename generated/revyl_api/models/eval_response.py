from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.error_image import ErrorImage
    from ..models.test_eval_report import TestEvalReport


T = TypeVar("T", bound="EvalResponse")


@_attrs_define
class EvalResponse:
    """Response model for eval results.

    Attributes:
        success (bool):
        report (None | TestEvalReport | Unset):
        log_text (None | str | Unset):
        error_images (list[ErrorImage] | None | Unset):
        error (None | str | Unset):
    """

    success: bool
    report: None | TestEvalReport | Unset = UNSET
    log_text: None | str | Unset = UNSET
    error_images: list[ErrorImage] | None | Unset = UNSET
    error: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.test_eval_report import TestEvalReport  # noqa: PLC0415

        success = self.success

        report: dict[str, Any] | None | Unset
        if isinstance(self.report, Unset):
            report = UNSET
        elif isinstance(self.report, TestEvalReport):
            report = self.report.to_dict()
        else:
            report = self.report

        log_text: None | str | Unset
        if isinstance(self.log_text, Unset):
            log_text = UNSET
        else:
            log_text = self.log_text

        error_images: list[dict[str, Any]] | None | Unset
        if isinstance(self.error_images, Unset):
            error_images = UNSET
        elif isinstance(self.error_images, list):
            error_images = []
            for error_images_type_0_item_data in self.error_images:
                error_images_type_0_item = error_images_type_0_item_data.to_dict()
                error_images.append(error_images_type_0_item)

        else:
            error_images = self.error_images

        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
            }
        )
        if report is not UNSET:
            field_dict["report"] = report
        if log_text is not UNSET:
            field_dict["log_text"] = log_text
        if error_images is not UNSET:
            field_dict["error_images"] = error_images
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.error_image import ErrorImage  # noqa: PLC0415
        from ..models.test_eval_report import TestEvalReport  # noqa: PLC0415

        d = dict(src_dict)
        success = d.pop("success")

        def _parse_report(data: object) -> None | TestEvalReport | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                report_type_0 = TestEvalReport.from_dict(data)

                return report_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TestEvalReport | Unset, data)

        report = _parse_report(d.pop("report", UNSET))

        def _parse_log_text(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        log_text = _parse_log_text(d.pop("log_text", UNSET))

        def _parse_error_images(data: object) -> list[ErrorImage] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                error_images_type_0 = []
                _error_images_type_0 = data
                for error_images_type_0_item_data in _error_images_type_0:
                    error_images_type_0_item = ErrorImage.from_dict(error_images_type_0_item_data)

                    error_images_type_0.append(error_images_type_0_item)

                return error_images_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ErrorImage] | None | Unset, data)

        error_images = _parse_error_images(d.pop("error_images", UNSET))

        def _parse_error(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error = _parse_error(d.pop("error", UNSET))

        eval_response = cls(
            success=success,
            report=report,
            log_text=log_text,
            error_images=error_images,
            error=error,
        )

        eval_response.additional_properties = d
        return eval_response

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
