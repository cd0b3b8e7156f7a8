from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dom_metadata_a11y_data_type_0 import DOMMetadataA11YDataType0


T = TypeVar("T", bound="DOMMetadata")


@_attrs_define
class DOMMetadata:
    """
    Attributes:
        a11y_data (DOMMetadataA11YDataType0 | None | Unset):
        input_selector (None | str | Unset):
        wait_time (int | None | Unset):
        validation_type (None | str | Unset):
        code_input (None | str | Unset):
        validation_text (None | str | Unset):
        variable_name (None | str | Unset):
        file_url (None | str | Unset):
        selector (None | str | Unset):
    """

    a11y_data: DOMMetadataA11YDataType0 | None | Unset = UNSET
    input_selector: None | str | Unset = UNSET
    wait_time: int | None | Unset = UNSET
    validation_type: None | str | Unset = UNSET
    code_input: None | str | Unset = UNSET
    validation_text: None | str | Unset = UNSET
    variable_name: None | str | Unset = UNSET
    file_url: None | str | Unset = UNSET
    selector: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.dom_metadata_a11y_data_type_0 import DOMMetadataA11YDataType0  # noqa: PLC0415

        a11y_data: dict[str, Any] | None | Unset
        if isinstance(self.a11y_data, Unset):
            a11y_data = UNSET
        elif isinstance(self.a11y_data, DOMMetadataA11YDataType0):
            a11y_data = self.a11y_data.to_dict()
        else:
            a11y_data = self.a11y_data

        input_selector: None | str | Unset
        if isinstance(self.input_selector, Unset):
            input_selector = UNSET
        else:
            input_selector = self.input_selector

        wait_time: int | None | Unset
        if isinstance(self.wait_time, Unset):
            wait_time = UNSET
        else:
            wait_time = self.wait_time

        validation_type: None | str | Unset
        if isinstance(self.validation_type, Unset):
            validation_type = UNSET
        else:
            validation_type = self.validation_type

        code_input: None | str | Unset
        if isinstance(self.code_input, Unset):
            code_input = UNSET
        else:
            code_input = self.code_input

        validation_text: None | str | Unset
        if isinstance(self.validation_text, Unset):
            validation_text = UNSET
        else:
            validation_text = self.validation_text

        variable_name: None | str | Unset
        if isinstance(self.variable_name, Unset):
            variable_name = UNSET
        else:
            variable_name = self.variable_name

        file_url: None | str | Unset
        if isinstance(self.file_url, Unset):
            file_url = UNSET
        else:
            file_url = self.file_url

        selector: None | str | Unset
        if isinstance(self.selector, Unset):
            selector = UNSET
        else:
            selector = self.selector

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if a11y_data is not UNSET:
            field_dict["a11y_data"] = a11y_data
        if input_selector is not UNSET:
            field_dict["input_selector"] = input_selector
        if wait_time is not UNSET:
            field_dict["wait_time"] = wait_time
        if validation_type is not UNSET:
            field_dict["validation_type"] = validation_type
        if code_input is not UNSET:
            field_dict["code_input"] = code_input
        if validation_text is not UNSET:
            field_dict["validation_text"] = validation_text
        if variable_name is not UNSET:
            field_dict["variable_name"] = variable_name
        if file_url is not UNSET:
            field_dict["file_url"] = file_url
        if selector is not UNSET:
            field_dict["selector"] = selector

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.dom_metadata_a11y_data_type_0 import DOMMetadataA11YDataType0  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_a11y_data(data: object) -> DOMMetadataA11YDataType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                a11y_data_type_0 = DOMMetadataA11YDataType0.from_dict(data)

                return a11y_data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DOMMetadataA11YDataType0 | None | Unset, data)

        a11y_data = _parse_a11y_data(d.pop("a11y_data", UNSET))

        def _parse_input_selector(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        input_selector = _parse_input_selector(d.pop("input_selector", UNSET))

        def _parse_wait_time(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        wait_time = _parse_wait_time(d.pop("wait_time", UNSET))

        def _parse_validation_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        validation_type = _parse_validation_type(d.pop("validation_type", UNSET))

        def _parse_code_input(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        code_input = _parse_code_input(d.pop("code_input", UNSET))

        def _parse_validation_text(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        validation_text = _parse_validation_text(d.pop("validation_text", UNSET))

        def _parse_variable_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        variable_name = _parse_variable_name(d.pop("variable_name", UNSET))

        def _parse_file_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        file_url = _parse_file_url(d.pop("file_url", UNSET))

        def _parse_selector(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        selector = _parse_selector(d.pop("selector", UNSET))

        dom_metadata = cls(
            a11y_data=a11y_data,
            input_selector=input_selector,
            wait_time=wait_time,
            validation_type=validation_type,
            code_input=code_input,
            validation_text=validation_text,
            variable_name=variable_name,
            file_url=file_url,
            selector=selector,
        )

        dom_metadata.additional_properties = d
        return dom_metadata

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
