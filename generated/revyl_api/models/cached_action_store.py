from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cached_action_store_cached_elements import CachedActionStoreCachedElements


T = TypeVar("T", bound="CachedActionStore")


@_attrs_define
class CachedActionStore:
    """Stores cached action elements for a test, indexed by node_id.

    Attributes:
        test_id (str): The unique identifier for the test.
        cached_elements (Dict[str, CachedActionElement]): Dictionary of cached action elements keyed by node_id.

        Attributes:
            test_id (str): Unique identifier for the test
            cached_elements (CachedActionStoreCachedElements | Unset): Dictionary of cached action elements keyed by node_id
    """

    test_id: str
    cached_elements: CachedActionStoreCachedElements | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        test_id = self.test_id

        cached_elements: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cached_elements, Unset):
            cached_elements = self.cached_elements.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "test_id": test_id,
            }
        )
        if cached_elements is not UNSET:
            field_dict["cached_elements"] = cached_elements

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cached_action_store_cached_elements import CachedActionStoreCachedElements  # noqa: PLC0415

        d = dict(src_dict)
        test_id = d.pop("test_id")

        _cached_elements = d.pop("cached_elements", UNSET)
        cached_elements: CachedActionStoreCachedElements | Unset
        if isinstance(_cached_elements, Unset):
            cached_elements = UNSET
        else:
            cached_elements = CachedActionStoreCachedElements.from_dict(_cached_elements)

        cached_action_store = cls(
            test_id=test_id,
            cached_elements=cached_elements,
        )

        cached_action_store.additional_properties = d
        return cached_action_store

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
