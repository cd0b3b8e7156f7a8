from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DeviceLogsDownloadResponse")


@_attrs_define
class DeviceLogsDownloadResponse:
    """Response model for device logs download URL.

    Attributes:
        download_url (str):
        filename (str):
        compressed (bool):
        file_size_bytes (int | None | Unset):
        partial (bool | Unset):  Default: False.
    """

    download_url: str = _attrs_field(repr=False)
    filename: str
    compressed: bool
    file_size_bytes: int | None | Unset = UNSET
    partial: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        download_url = self.download_url

        filename = self.filename

        compressed = self.compressed

        file_size_bytes: int | None | Unset
        if isinstance(self.file_size_bytes, Unset):
            file_size_bytes = UNSET
        else:
            file_size_bytes = self.file_size_bytes

        partial = self.partial

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "download_url": download_url,
                "filename": filename,
                "compressed": compressed,
            }
        )
        if file_size_bytes is not UNSET:
            field_dict["file_size_bytes"] = file_size_bytes
        if partial is not UNSET:
            field_dict["partial"] = partial

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        download_url = d.pop("download_url")

        filename = d.pop("filename")

        compressed = d.pop("compressed")

        def _parse_file_size_bytes(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        file_size_bytes = _parse_file_size_bytes(d.pop("file_size_bytes", UNSET))

        partial = d.pop("partial", UNSET)

        device_logs_download_response = cls(
            download_url=download_url,
            filename=filename,
            compressed=compressed,
            file_size_bytes=file_size_bytes,
            partial=partial,
        )

        device_logs_download_response.additional_properties = d
        return device_logs_download_response

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
