from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fleet_pool_status import FleetPoolStatus
    from ..models.fleet_sandbox import FleetSandbox
    from ..models.fleet_tunnel import FleetTunnel
    from ..models.fleet_worktree import FleetWorktree


T = TypeVar("T", bound="FleetDashboardResponse")


@_attrs_define
class FleetDashboardResponse:
    """Combined response for the Fleet dashboard view.

    Provides all data needed to render the main Fleet Dashboard UI
    in a single API call.

    Attributes:
        status: Pool status summary.
        sandboxes: List of all sandboxes.
        worktrees: List of worktrees on user's claimed sandbox(es).
        claimed_sandbox: The user's currently claimed sandbox (if any).
        tunnels: List of active tunnels on user's sandbox(es).

        Attributes:
            status (FleetPoolStatus): Summary statistics for the Fleet sandbox pool.

                Provides a quick overview of pool availability and usage.

                Attributes:
                    total: Total number of sandboxes in the pool.
                    available: Number of sandboxes available for claiming.
                    claimed: Number of sandboxes currently claimed.
                    maintenance: Number of sandboxes under maintenance.
            sandboxes (list[FleetSandbox]): All sandboxes
            worktrees (list[FleetWorktree] | Unset): User's worktrees
            claimed_sandbox (FleetSandbox | None | Unset): User's claimed sandbox
            tunnels (list[FleetTunnel] | Unset): Active tunnels
    """

    status: FleetPoolStatus
    sandboxes: list[FleetSandbox]
    worktrees: list[FleetWorktree] | Unset = UNSET
    claimed_sandbox: FleetSandbox | None | Unset = UNSET
    tunnels: list[FleetTunnel] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.fleet_sandbox import FleetSandbox  # noqa: PLC0415

        status = self.status.to_dict()

        sandboxes = []
        for sandboxes_item_data in self.sandboxes:
            sandboxes_item = sandboxes_item_data.to_dict()
            sandboxes.append(sandboxes_item)

        worktrees: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.worktrees, Unset):
            worktrees = []
            for worktrees_item_data in self.worktrees:
                worktrees_item = worktrees_item_data.to_dict()
                worktrees.append(worktrees_item)

        claimed_sandbox: dict[str, Any] | None | Unset
        if isinstance(self.claimed_sandbox, Unset):
            claimed_sandbox = UNSET
        elif isinstance(self.claimed_sandbox, FleetSandbox):
            claimed_sandbox = self.claimed_sandbox.to_dict()
        else:
            claimed_sandbox = self.claimed_sandbox

        tunnels: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tunnels, Unset):
            tunnels = []
            for tunnels_item_data in self.tunnels:
                tunnels_item = tunnels_item_data.to_dict()
                tunnels.append(tunnels_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "sandboxes": sandboxes,
            }
        )
        if worktrees is not UNSET:
            field_dict["worktrees"] = worktrees
        if claimed_sandbox is not UNSET:
            field_dict["claimed_sandbox"] = claimed_sandbox
        if tunnels is not UNSET:
            field_dict["tunnels"] = tunnels

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.fleet_pool_status import FleetPoolStatus  # noqa: PLC0415
        from ..models.fleet_sandbox import FleetSandbox  # noqa: PLC0415
        from ..models.fleet_tunnel import FleetTunnel  # noqa: PLC0415
        from ..models.fleet_worktree import FleetWorktree  # noqa: PLC0415

        d = dict(src_dict)
        status = FleetPoolStatus.from_dict(d.pop("status"))

        sandboxes = []
        _sandboxes = d.pop("sandboxes")
        for sandboxes_item_data in _sandboxes:
            sandboxes_item = FleetSandbox.from_dict(sandboxes_item_data)

            sandboxes.append(sandboxes_item)

        _worktrees = d.pop("worktrees", UNSET)
        worktrees: list[FleetWorktree] | Unset = UNSET
        if _worktrees is not UNSET:
            worktrees = []
            for worktrees_item_data in _worktrees:
                worktrees_item = FleetWorktree.from_dict(worktrees_item_data)

                worktrees.append(worktrees_item)

        def _parse_claimed_sandbox(data: object) -> FleetSandbox | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                claimed_sandbox_type_0 = FleetSandbox.from_dict(data)

                return claimed_sandbox_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FleetSandbox | None | Unset, data)

        claimed_sandbox = _parse_claimed_sandbox(d.pop("claimed_sandbox", UNSET))

        _tunnels = d.pop("tunnels", UNSET)
        tunnels: list[FleetTunnel] | Unset = UNSET
        if _tunnels is not UNSET:
            tunnels = []
            for tunnels_item_data in _tunnels:
                tunnels_item = FleetTunnel.from_dict(tunnels_item_data)

                tunnels.append(tunnels_item)

        fleet_dashboard_response = cls(
            status=status,
            sandboxes=sandboxes,
            worktrees=worktrees,
            claimed_sandbox=claimed_sandbox,
            tunnels=tunnels,
        )

        fleet_dashboard_response.additional_properties = d
        return fleet_dashboard_response

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
