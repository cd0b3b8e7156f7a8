from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.bulk_execute_result_item import BulkExecuteResultItem


T = TypeVar("T", bound="BulkExecuteResponse")


@_attrs_define
class BulkExecuteResponse:
    """Response from bulk execution.

    Attributes:
        results (list[BulkExecuteResultItem]):
        success_count (int):
        error_count (int):
    """

    results: list[BulkExecuteResultItem]
    success_count: int
    error_count: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        results = []
        for results_item_data in self.results:
            results_item = results_item_data.to_dict()
            results.append(results_item)

        success_count = self.success_count

        error_count = self.error_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "results": results,
                "success_count": success_count,
                "error_count": error_count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bulk_execute_result_item import BulkExecuteResultItem  # noqa: PLC0415

        d = dict(src_dict)
        results = []
        _results = d.pop("results")
        for results_item_data in _results:
            results_item = BulkExecuteResultItem.from_dict(results_item_data)

            results.append(results_item)

        success_count = d.pop("success_count")

        error_count = d.pop("error_count")

        bulk_execute_response = cls(
            results=results,
            success_count=success_count,
            error_count=error_count,
        )

        bulk_execute_response.additional_properties = d
        return bulk_execute_response

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
