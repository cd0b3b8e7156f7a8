from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.atlas_explore_run_response import AtlasExploreRunResponse


T = TypeVar("T", bound="AtlasExploreLaunchResponse")


@_attrs_define
class AtlasExploreLaunchResponse:
    """
    Attributes:
        run (AtlasExploreRunResponse):
        report_url (str):
    """

    run: AtlasExploreRunResponse
    report_url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        run = self.run.to_dict()

        report_url = self.report_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "run": run,
                "report_url": report_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.atlas_explore_run_response import AtlasExploreRunResponse  # noqa: PLC0415

        d = dict(src_dict)
        run = AtlasExploreRunResponse.from_dict(d.pop("run"))

        report_url = d.pop("report_url")

        atlas_explore_launch_response = cls(
            run=run,
            report_url=report_url,
        )

        atlas_explore_launch_response.additional_properties = d
        return atlas_explore_launch_response

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
