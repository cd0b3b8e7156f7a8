from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.personalization_state_answers import PersonalizationStateAnswers


T = TypeVar("T", bound="PersonalizationState")


@_attrs_define
class PersonalizationState:
    """
    Attributes:
        completed (bool | Unset):  Default: False.
        should_show (bool | Unset):  Default: False.
        completed_at (datetime.datetime | None | Unset):
        answers (PersonalizationStateAnswers | Unset):
    """

    completed: bool | Unset = False
    should_show: bool | Unset = False
    completed_at: datetime.datetime | None | Unset = UNSET
    answers: PersonalizationStateAnswers | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        completed = self.completed

        should_show = self.should_show

        completed_at: None | str | Unset
        if isinstance(self.completed_at, Unset):
            completed_at = UNSET
        elif isinstance(self.completed_at, datetime.datetime):
            completed_at = self.completed_at.isoformat()
        else:
            completed_at = self.completed_at

        answers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.answers, Unset):
            answers = self.answers.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if completed is not UNSET:
            field_dict["completed"] = completed
        if should_show is not UNSET:
            field_dict["should_show"] = should_show
        if completed_at is not UNSET:
            field_dict["completed_at"] = completed_at
        if answers is not UNSET:
            field_dict["answers"] = answers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.personalization_state_answers import PersonalizationStateAnswers  # noqa: PLC0415

        d = dict(src_dict)
        completed = d.pop("completed", UNSET)

        should_show = d.pop("should_show", UNSET)

        def _parse_completed_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                completed_at_type_0 = datetime.datetime.fromisoformat(data)

                return completed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        completed_at = _parse_completed_at(d.pop("completed_at", UNSET))

        _answers = d.pop("answers", UNSET)
        answers: PersonalizationStateAnswers | Unset
        if isinstance(_answers, Unset):
            answers = UNSET
        else:
            answers = PersonalizationStateAnswers.from_dict(_answers)

        personalization_state = cls(
            completed=completed,
            should_show=should_show,
            completed_at=completed_at,
            answers=answers,
        )

        personalization_state.additional_properties = d
        return personalization_state

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
