from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.fleet_sandbox import FleetSandbox


T = TypeVar("T", bound="RegisterSandboxResponse")


@_attrs_define
class RegisterSandboxResponse:
    """Response from registering a sandbox.

    Attributes:
        success: Whether the registration succeeded.
        created: True if a new row was inserted, False if
            an existing row was updated.
        sandbox: The registered sandbox data.
        message: Human-readable status message.

        Attributes:
            success (bool): Whether registration succeeded
            created (bool): True if new row inserted, False if updated
            sandbox (FleetSandbox): Represents a virtual machine sandbox in the Fleet pool.

                Sandboxes are Mac Mini VMs that developers can claim for development work.
                Each sandbox can host multiple git repositories and worktrees.

                Attributes:
                    id: Unique identifier for the sandbox (UUID).
                    org_id: Organization ID that owns this sandbox (NULL = shared pool).
                    vm_name: VM name (e.g., "sandbox-1").
                    hostname: Human-readable hostname for display.
                    sandbox_type: Type of sandbox (dedicated machine or container).
                    host_identifier: Groups sandboxes running on the same physical host.
                    tunnel_hostname: Cloudflare tunnel hostname for SSH access.
                    status: Current sandbox state (available, claimed, maintenance, reserved).
                    claimed_by: User ID of the developer who claimed this sandbox.
                    claimed_at: Timestamp when the sandbox was claimed.
                    ssh_user: SSH username for connections (default: revyl-admin).
                    ssh_port: SSH port number (default: 22).
                    specs: Hardware specifications (cpu_cores, memory_gb, chip).
                    tags: Flexible labels for filtering (location, tier, etc.).
                    created_at: When the sandbox was added to the pool.
                    updated_at: Last modification timestamp.
            message (str): Status message
    """

    success: bool
    created: bool
    sandbox: FleetSandbox
    message: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        created = self.created

        sandbox = self.sandbox.to_dict()

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "created": created,
                "sandbox": sandbox,
                "message": message,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.fleet_sandbox import FleetSandbox  # noqa: PLC0415

        d = dict(src_dict)
        success = d.pop("success")

        created = d.pop("created")

        sandbox = FleetSandbox.from_dict(d.pop("sandbox"))

        message = d.pop("message")

        register_sandbox_response = cls(
            success=success,
            created=created,
            sandbox=sandbox,
            message=message,
        )

        register_sandbox_response.additional_properties = d
        return register_sandbox_response

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
