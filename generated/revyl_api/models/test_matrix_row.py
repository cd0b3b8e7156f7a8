from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.test_matrix_cell import TestMatrixCell


T = TypeVar("T", bound="TestMatrixRow")


@_attrs_define
class TestMatrixRow:
    """
    Attributes:
        test_id (str):
        test_name (str):
        cells (list[TestMatrixCell] | Unset):
        flaky_score (float | None | Unset):
        classification (None | str | Unset):
        classification_detail (None | str | Unset):
    """

    test_id: str
    test_name: str
    cells: list[TestMatrixCell] | Unset = UNSET
    flaky_score: float | None | Unset = UNSET
    classification: None | str | Unset = UNSET
    classification_detail: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        test_id = self.test_id

        test_name = self.test_name

        cells: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.cells, Unset):
            cells = []
            for cells_item_data in self.cells:
                cells_item = cells_item_data.to_dict()
                cells.append(cells_item)

        flaky_score: float | None | Unset
        if isinstance(self.flaky_score, Unset):
            flaky_score = UNSET
        else:
            flaky_score = self.flaky_score

        classification: None | str | Unset
        if isinstance(self.classification, Unset):
            classification = UNSET
        else:
            classification = self.classification

        classification_detail: None | str | Unset
        if isinstance(self.classification_detail, Unset):
            classification_detail = UNSET
        else:
            classification_detail = self.classification_detail

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "test_id": test_id,
                "test_name": test_name,
            }
        )
        if cells is not UNSET:
            field_dict["cells"] = cells
        if flaky_score is not UNSET:
            field_dict["flaky_score"] = flaky_score
        if classification is not UNSET:
            field_dict["classification"] = classification
        if classification_detail is not UNSET:
            field_dict["classification_detail"] = classification_detail

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.test_matrix_cell import TestMatrixCell  # noqa: PLC0415

        d = dict(src_dict)
        test_id = d.pop("test_id")

        test_name = d.pop("test_name")

        _cells = d.pop("cells", UNSET)
        cells: list[TestMatrixCell] | Unset = UNSET
        if _cells is not UNSET:
            cells = []
            for cells_item_data in _cells:
                cells_item = TestMatrixCell.from_dict(cells_item_data)

                cells.append(cells_item)

        def _parse_flaky_score(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        flaky_score = _parse_flaky_score(d.pop("flaky_score", UNSET))

        def _parse_classification(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        classification = _parse_classification(d.pop("classification", UNSET))

        def _parse_classification_detail(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        classification_detail = _parse_classification_detail(d.pop("classification_detail", UNSET))

        test_matrix_row = cls(
            test_id=test_id,
            test_name=test_name,
            cells=cells,
            flaky_score=flaky_score,
            classification=classification,
            classification_detail=classification_detail,
        )

        test_matrix_row.additional_properties = d
        return test_matrix_row

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
