from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ios_store_kit_config_ref import IosStoreKitConfigRef


T = TypeVar("T", bound="IosStoreKitConfigRefResponse")


@_attrs_define
class IosStoreKitConfigRefResponse:
    """Response for a single iOS StoreKit config ref mutation/read.

    Attributes:
        message (str):
        result (IosStoreKitConfigRef | None | Unset):
    """

    message: str
    result: IosStoreKitConfigRef | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.ios_store_kit_config_ref import IosStoreKitConfigRef  # noqa: PLC0415

        message = self.message

        result: dict[str, Any] | None | Unset
        if isinstance(self.result, Unset):
            result = UNSET
        elif isinstance(self.result, IosStoreKitConfigRef):
            result = self.result.to_dict()
        else:
            result = self.result

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
            }
        )
        if result is not UNSET:
            field_dict["result"] = result

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ios_store_kit_config_ref import IosStoreKitConfigRef  # noqa: PLC0415

        d = dict(src_dict)
        message = d.pop("message")

        def _parse_result(data: object) -> IosStoreKitConfigRef | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                result_type_0 = IosStoreKitConfigRef.from_dict(data)

                return result_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(IosStoreKitConfigRef | None | Unset, data)

        result = _parse_result(d.pop("result", UNSET))

        ios_store_kit_config_ref_response = cls(
            message=message,
            result=result,
        )

        ios_store_kit_config_ref_response.additional_properties = d
        return ios_store_kit_config_ref_response

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
