from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tldr_key_moment import TLDRKeyMoment
    from ..models.tldr_output_llm_metadata_type_0 import TLDROutputLlmMetadataType0


T = TypeVar("T", bound="TLDROutput")


@_attrs_define
class TLDROutput:
    """TLDR output with structured citations

    Attributes:
        test_case (str):
        key_moments (list[TLDRKeyMoment]):
        insights (list[str]):
        llm_metadata (None | TLDROutputLlmMetadataType0 | Unset):
    """

    test_case: str
    key_moments: list[TLDRKeyMoment]
    insights: list[str]
    llm_metadata: None | TLDROutputLlmMetadataType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.tldr_output_llm_metadata_type_0 import TLDROutputLlmMetadataType0  # noqa: PLC0415

        test_case = self.test_case

        key_moments = []
        for key_moments_item_data in self.key_moments:
            key_moments_item = key_moments_item_data.to_dict()
            key_moments.append(key_moments_item)

        insights = self.insights

        llm_metadata: dict[str, Any] | None | Unset
        if isinstance(self.llm_metadata, Unset):
            llm_metadata = UNSET
        elif isinstance(self.llm_metadata, TLDROutputLlmMetadataType0):
            llm_metadata = self.llm_metadata.to_dict()
        else:
            llm_metadata = self.llm_metadata

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "test_case": test_case,
                "key_moments": key_moments,
                "insights": insights,
            }
        )
        if llm_metadata is not UNSET:
            field_dict["llm_metadata"] = llm_metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.tldr_key_moment import TLDRKeyMoment  # noqa: PLC0415
        from ..models.tldr_output_llm_metadata_type_0 import TLDROutputLlmMetadataType0  # noqa: PLC0415

        d = dict(src_dict)
        test_case = d.pop("test_case")

        key_moments = []
        _key_moments = d.pop("key_moments")
        for key_moments_item_data in _key_moments:
            key_moments_item = TLDRKeyMoment.from_dict(key_moments_item_data)

            key_moments.append(key_moments_item)

        insights = cast(list[str], d.pop("insights"))

        def _parse_llm_metadata(data: object) -> None | TLDROutputLlmMetadataType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                llm_metadata_type_0 = TLDROutputLlmMetadataType0.from_dict(data)

                return llm_metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TLDROutputLlmMetadataType0 | Unset, data)

        llm_metadata = _parse_llm_metadata(d.pop("llm_metadata", UNSET))

        tldr_output = cls(
            test_case=test_case,
            key_moments=key_moments,
            insights=insights,
            llm_metadata=llm_metadata,
        )

        tldr_output.additional_properties = d
        return tldr_output

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
