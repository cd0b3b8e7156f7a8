from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.checklist_state import ChecklistState
    from ..models.onboarding_status_response_provisioned_resources_type_0 import (
        OnboardingStatusResponseProvisionedResourcesType0,
    )
    from ..models.personalization_state import PersonalizationState


T = TypeVar("T", bound="OnboardingStatusResponse")


@_attrs_define
class OnboardingStatusResponse:
    """
    Attributes:
        provision_status (str):
        tour_completed (bool):
        tour_skipped (bool):
        provision_error (None | str | Unset):
        provisioned_resources (None | OnboardingStatusResponseProvisionedResourcesType0 | Unset):
        org_has_apps (bool | Unset):  Default: False.
        checklist (ChecklistState | Unset):
        checklist_completed (bool | Unset):  Default: False.
        trial_sessions_used (int | Unset):  Default: 0.
        trial_sessions_limit (int | Unset):  Default: 4500.
        signup_cohort (str | Unset):  Default: 'fresh_founder'.
        org_has_prior_activation (bool | Unset):  Default: False.
        first_activation_at (datetime.datetime | None | Unset):
        personalization (PersonalizationState | Unset):
    """

    provision_status: str
    tour_completed: bool
    tour_skipped: bool
    provision_error: None | str | Unset = UNSET
    provisioned_resources: None | OnboardingStatusResponseProvisionedResourcesType0 | Unset = UNSET
    org_has_apps: bool | Unset = False
    checklist: ChecklistState | Unset = UNSET
    checklist_completed: bool | Unset = False
    trial_sessions_used: int | Unset = 0
    trial_sessions_limit: int | Unset = 4500
    signup_cohort: str | Unset = "fresh_founder"
    org_has_prior_activation: bool | Unset = False
    first_activation_at: datetime.datetime | None | Unset = UNSET
    personalization: PersonalizationState | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.onboarding_status_response_provisioned_resources_type_0 import (
            OnboardingStatusResponseProvisionedResourcesType0,  # noqa: PLC0415
        )

        provision_status = self.provision_status

        tour_completed = self.tour_completed

        tour_skipped = self.tour_skipped

        provision_error: None | str | Unset
        if isinstance(self.provision_error, Unset):
            provision_error = UNSET
        else:
            provision_error = self.provision_error

        provisioned_resources: dict[str, Any] | None | Unset
        if isinstance(self.provisioned_resources, Unset):
            provisioned_resources = UNSET
        elif isinstance(self.provisioned_resources, OnboardingStatusResponseProvisionedResourcesType0):
            provisioned_resources = self.provisioned_resources.to_dict()
        else:
            provisioned_resources = self.provisioned_resources

        org_has_apps = self.org_has_apps

        checklist: dict[str, Any] | Unset = UNSET
        if not isinstance(self.checklist, Unset):
            checklist = self.checklist.to_dict()

        checklist_completed = self.checklist_completed

        trial_sessions_used = self.trial_sessions_used

        trial_sessions_limit = self.trial_sessions_limit

        signup_cohort = self.signup_cohort

        org_has_prior_activation = self.org_has_prior_activation

        first_activation_at: None | str | Unset
        if isinstance(self.first_activation_at, Unset):
            first_activation_at = UNSET
        elif isinstance(self.first_activation_at, datetime.datetime):
            first_activation_at = self.first_activation_at.isoformat()
        else:
            first_activation_at = self.first_activation_at

        personalization: dict[str, Any] | Unset = UNSET
        if not isinstance(self.personalization, Unset):
            personalization = self.personalization.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "provision_status": provision_status,
                "tour_completed": tour_completed,
                "tour_skipped": tour_skipped,
            }
        )
        if provision_error is not UNSET:
            field_dict["provision_error"] = provision_error
        if provisioned_resources is not UNSET:
            field_dict["provisioned_resources"] = provisioned_resources
        if org_has_apps is not UNSET:
            field_dict["org_has_apps"] = org_has_apps
        if checklist is not UNSET:
            field_dict["checklist"] = checklist
        if checklist_completed is not UNSET:
            field_dict["checklist_completed"] = checklist_completed
        if trial_sessions_used is not UNSET:
            field_dict["trial_sessions_used"] = trial_sessions_used
        if trial_sessions_limit is not UNSET:
            field_dict["trial_sessions_limit"] = trial_sessions_limit
        if signup_cohort is not UNSET:
            field_dict["signup_cohort"] = signup_cohort
        if org_has_prior_activation is not UNSET:
            field_dict["org_has_prior_activation"] = org_has_prior_activation
        if first_activation_at is not UNSET:
            field_dict["first_activation_at"] = first_activation_at
        if personalization is not UNSET:
            field_dict["personalization"] = personalization

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.checklist_state import ChecklistState  # noqa: PLC0415
        from ..models.onboarding_status_response_provisioned_resources_type_0 import (
            OnboardingStatusResponseProvisionedResourcesType0,  # noqa: PLC0415
        )
        from ..models.personalization_state import PersonalizationState  # noqa: PLC0415

        d = dict(src_dict)
        provision_status = d.pop("provision_status")

        tour_completed = d.pop("tour_completed")

        tour_skipped = d.pop("tour_skipped")

        def _parse_provision_error(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        provision_error = _parse_provision_error(d.pop("provision_error", UNSET))

        def _parse_provisioned_resources(
            data: object,
        ) -> None | OnboardingStatusResponseProvisionedResourcesType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                provisioned_resources_type_0 = OnboardingStatusResponseProvisionedResourcesType0.from_dict(data)

                return provisioned_resources_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OnboardingStatusResponseProvisionedResourcesType0 | Unset, data)

        provisioned_resources = _parse_provisioned_resources(d.pop("provisioned_resources", UNSET))

        org_has_apps = d.pop("org_has_apps", UNSET)

        _checklist = d.pop("checklist", UNSET)
        checklist: ChecklistState | Unset
        if isinstance(_checklist, Unset):
            checklist = UNSET
        else:
            checklist = ChecklistState.from_dict(_checklist)

        checklist_completed = d.pop("checklist_completed", UNSET)

        trial_sessions_used = d.pop("trial_sessions_used", UNSET)

        trial_sessions_limit = d.pop("trial_sessions_limit", UNSET)

        signup_cohort = d.pop("signup_cohort", UNSET)

        org_has_prior_activation = d.pop("org_has_prior_activation", UNSET)

        def _parse_first_activation_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                first_activation_at_type_0 = datetime.datetime.fromisoformat(data)

                return first_activation_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        first_activation_at = _parse_first_activation_at(d.pop("first_activation_at", UNSET))

        _personalization = d.pop("personalization", UNSET)
        personalization: PersonalizationState | Unset
        if isinstance(_personalization, Unset):
            personalization = UNSET
        else:
            personalization = PersonalizationState.from_dict(_personalization)

        onboarding_status_response = cls(
            provision_status=provision_status,
            tour_completed=tour_completed,
            tour_skipped=tour_skipped,
            provision_error=provision_error,
            provisioned_resources=provisioned_resources,
            org_has_apps=org_has_apps,
            checklist=checklist,
            checklist_completed=checklist_completed,
            trial_sessions_used=trial_sessions_used,
            trial_sessions_limit=trial_sessions_limit,
            signup_cohort=signup_cohort,
            org_has_prior_activation=org_has_prior_activation,
            first_activation_at=first_activation_at,
            personalization=personalization,
        )

        onboarding_status_response.additional_properties = d
        return onboarding_status_response

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
