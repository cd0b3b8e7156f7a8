from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.atlas_report_observation_attachment import AtlasReportObservationAttachment


T = TypeVar("T", bound="AtlasReportObservationAttachmentsResponse")


@_attrs_define
class AtlasReportObservationAttachmentsResponse:
    """
    Attributes:
        app_id (str):
        report_id (str):
        attachments (list[AtlasReportObservationAttachment]):
        build_id (None | str | Unset):
    """

    app_id: str
    report_id: str
    attachments: list[AtlasReportObservationAttachment]
    build_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        app_id = self.app_id

        report_id = self.report_id

        attachments = []
        for attachments_item_data in self.attachments:
            attachments_item = attachments_item_data.to_dict()
            attachments.append(attachments_item)

        build_id: None | str | Unset
        if isinstance(self.build_id, Unset):
            build_id = UNSET
        else:
            build_id = self.build_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "app_id": app_id,
                "report_id": report_id,
                "attachments": attachments,
            }
        )
        if build_id is not UNSET:
            field_dict["build_id"] = build_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.atlas_report_observation_attachment import AtlasReportObservationAttachment  # noqa: PLC0415

        d = dict(src_dict)
        app_id = d.pop("app_id")

        report_id = d.pop("report_id")

        attachments = []
        _attachments = d.pop("attachments")
        for attachments_item_data in _attachments:
            attachments_item = AtlasReportObservationAttachment.from_dict(attachments_item_data)

            attachments.append(attachments_item)

        def _parse_build_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        build_id = _parse_build_id(d.pop("build_id", UNSET))

        atlas_report_observation_attachments_response = cls(
            app_id=app_id,
            report_id=report_id,
            attachments=attachments,
            build_id=build_id,
        )

        atlas_report_observation_attachments_response.additional_properties = d
        return atlas_report_observation_attachments_response

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
