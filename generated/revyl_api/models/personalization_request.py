from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.personalization_request_answers import PersonalizationRequestAnswers


T = TypeVar("T", bound="PersonalizationRequest")


@_attrs_define
class PersonalizationRequest:
    """
    Attributes:
        answers (PersonalizationRequestAnswers | Unset):
    """

    answers: PersonalizationRequestAnswers | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        answers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.answers, Unset):
            answers = self.answers.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if answers is not UNSET:
            field_dict["answers"] = answers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.personalization_request_answers import PersonalizationRequestAnswers  # noqa: PLC0415

        d = dict(src_dict)
        _answers = d.pop("answers", UNSET)
        answers: PersonalizationRequestAnswers | Unset
        if isinstance(_answers, Unset):
            answers = UNSET
        else:
            answers = PersonalizationRequestAnswers.from_dict(_answers)

        personalization_request = cls(
            answers=answers,
        )

        personalization_request.additional_properties = d
        return personalization_request

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
