from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.provision_response_provisioned_resources_type_0 import ProvisionResponseProvisionedResourcesType0


T = TypeVar("T", bound="ProvisionResponse")


@_attrs_define
class ProvisionResponse:
    """
    Attributes:
        status (str):
        message (str):
        provisioned_resources (None | ProvisionResponseProvisionedResourcesType0 | Unset):
    """

    status: str
    message: str
    provisioned_resources: None | ProvisionResponseProvisionedResourcesType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.provision_response_provisioned_resources_type_0 import ProvisionResponseProvisionedResourcesType0  # noqa: PLC0415

        status = self.status

        message = self.message

        provisioned_resources: dict[str, Any] | None | Unset
        if isinstance(self.provisioned_resources, Unset):
            provisioned_resources = UNSET
        elif isinstance(self.provisioned_resources, ProvisionResponseProvisionedResourcesType0):
            provisioned_resources = self.provisioned_resources.to_dict()
        else:
            provisioned_resources = self.provisioned_resources

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "message": message,
            }
        )
        if provisioned_resources is not UNSET:
            field_dict["provisioned_resources"] = provisioned_resources

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.provision_response_provisioned_resources_type_0 import ProvisionResponseProvisionedResourcesType0  # noqa: PLC0415

        d = dict(src_dict)
        status = d.pop("status")

        message = d.pop("message")

        def _parse_provisioned_resources(data: object) -> None | ProvisionResponseProvisionedResourcesType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                provisioned_resources_type_0 = ProvisionResponseProvisionedResourcesType0.from_dict(data)

                return provisioned_resources_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ProvisionResponseProvisionedResourcesType0 | Unset, data)

        provisioned_resources = _parse_provisioned_resources(d.pop("provisioned_resources", UNSET))

        provision_response = cls(
            status=status,
            message=message,
            provisioned_resources=provisioned_resources,
        )

        provision_response.additional_properties = d
        return provision_response

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
