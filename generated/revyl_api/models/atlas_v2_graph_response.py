from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.atlas_v2_graph_response_attached_tests_item import AtlasV2GraphResponseAttachedTestsItem
    from ..models.atlas_v2_graph_response_curation import AtlasV2GraphResponseCuration
    from ..models.atlas_v2_graph_response_edges_item import AtlasV2GraphResponseEdgesItem
    from ..models.atlas_v2_graph_response_flows_item import AtlasV2GraphResponseFlowsItem
    from ..models.atlas_v2_graph_response_nodes_item import AtlasV2GraphResponseNodesItem
    from ..models.atlas_v2_graph_response_projection import AtlasV2GraphResponseProjection
    from ..models.atlas_v2_graph_response_stats import AtlasV2GraphResponseStats
    from ..models.atlas_v2_graph_response_structure import AtlasV2GraphResponseStructure


T = TypeVar("T", bound="AtlasV2GraphResponse")


@_attrs_define
class AtlasV2GraphResponse:
    """
    Attributes:
        app_id (str):
        build_id (None | str | Unset):
        projection (AtlasV2GraphResponseProjection | Unset):
        structure (AtlasV2GraphResponseStructure | Unset):
        curation (AtlasV2GraphResponseCuration | Unset):
        nodes (list[AtlasV2GraphResponseNodesItem] | Unset):
        edges (list[AtlasV2GraphResponseEdgesItem] | Unset):
        flows (list[AtlasV2GraphResponseFlowsItem] | Unset):
        attached_tests (list[AtlasV2GraphResponseAttachedTestsItem] | Unset):
        stats (AtlasV2GraphResponseStats | Unset):
    """

    app_id: str
    build_id: None | str | Unset = UNSET
    projection: AtlasV2GraphResponseProjection | Unset = UNSET
    structure: AtlasV2GraphResponseStructure | Unset = UNSET
    curation: AtlasV2GraphResponseCuration | Unset = UNSET
    nodes: list[AtlasV2GraphResponseNodesItem] | Unset = UNSET
    edges: list[AtlasV2GraphResponseEdgesItem] | Unset = UNSET
    flows: list[AtlasV2GraphResponseFlowsItem] | Unset = UNSET
    attached_tests: list[AtlasV2GraphResponseAttachedTestsItem] | Unset = UNSET
    stats: AtlasV2GraphResponseStats | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        app_id = self.app_id

        build_id: None | str | Unset
        if isinstance(self.build_id, Unset):
            build_id = UNSET
        else:
            build_id = self.build_id

        projection: dict[str, Any] | Unset = UNSET
        if not isinstance(self.projection, Unset):
            projection = self.projection.to_dict()

        structure: dict[str, Any] | Unset = UNSET
        if not isinstance(self.structure, Unset):
            structure = self.structure.to_dict()

        curation: dict[str, Any] | Unset = UNSET
        if not isinstance(self.curation, Unset):
            curation = self.curation.to_dict()

        nodes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.nodes, Unset):
            nodes = []
            for nodes_item_data in self.nodes:
                nodes_item = nodes_item_data.to_dict()
                nodes.append(nodes_item)

        edges: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.edges, Unset):
            edges = []
            for edges_item_data in self.edges:
                edges_item = edges_item_data.to_dict()
                edges.append(edges_item)

        flows: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.flows, Unset):
            flows = []
            for flows_item_data in self.flows:
                flows_item = flows_item_data.to_dict()
                flows.append(flows_item)

        attached_tests: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attached_tests, Unset):
            attached_tests = []
            for attached_tests_item_data in self.attached_tests:
                attached_tests_item = attached_tests_item_data.to_dict()
                attached_tests.append(attached_tests_item)

        stats: dict[str, Any] | Unset = UNSET
        if not isinstance(self.stats, Unset):
            stats = self.stats.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "app_id": app_id,
            }
        )
        if build_id is not UNSET:
            field_dict["build_id"] = build_id
        if projection is not UNSET:
            field_dict["projection"] = projection
        if structure is not UNSET:
            field_dict["structure"] = structure
        if curation is not UNSET:
            field_dict["curation"] = curation
        if nodes is not UNSET:
            field_dict["nodes"] = nodes
        if edges is not UNSET:
            field_dict["edges"] = edges
        if flows is not UNSET:
            field_dict["flows"] = flows
        if attached_tests is not UNSET:
            field_dict["attached_tests"] = attached_tests
        if stats is not UNSET:
            field_dict["stats"] = stats

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.atlas_v2_graph_response_attached_tests_item import AtlasV2GraphResponseAttachedTestsItem  # noqa: PLC0415
        from ..models.atlas_v2_graph_response_curation import AtlasV2GraphResponseCuration  # noqa: PLC0415
        from ..models.atlas_v2_graph_response_edges_item import AtlasV2GraphResponseEdgesItem  # noqa: PLC0415
        from ..models.atlas_v2_graph_response_flows_item import AtlasV2GraphResponseFlowsItem  # noqa: PLC0415
        from ..models.atlas_v2_graph_response_nodes_item import AtlasV2GraphResponseNodesItem  # noqa: PLC0415
        from ..models.atlas_v2_graph_response_projection import AtlasV2GraphResponseProjection  # noqa: PLC0415
        from ..models.atlas_v2_graph_response_stats import AtlasV2GraphResponseStats  # noqa: PLC0415
        from ..models.atlas_v2_graph_response_structure import AtlasV2GraphResponseStructure  # noqa: PLC0415

        d = dict(src_dict)
        app_id = d.pop("app_id")

        def _parse_build_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        build_id = _parse_build_id(d.pop("build_id", UNSET))

        _projection = d.pop("projection", UNSET)
        projection: AtlasV2GraphResponseProjection | Unset
        if isinstance(_projection, Unset):
            projection = UNSET
        else:
            projection = AtlasV2GraphResponseProjection.from_dict(_projection)

        _structure = d.pop("structure", UNSET)
        structure: AtlasV2GraphResponseStructure | Unset
        if isinstance(_structure, Unset):
            structure = UNSET
        else:
            structure = AtlasV2GraphResponseStructure.from_dict(_structure)

        _curation = d.pop("curation", UNSET)
        curation: AtlasV2GraphResponseCuration | Unset
        if isinstance(_curation, Unset):
            curation = UNSET
        else:
            curation = AtlasV2GraphResponseCuration.from_dict(_curation)

        _nodes = d.pop("nodes", UNSET)
        nodes: list[AtlasV2GraphResponseNodesItem] | Unset = UNSET
        if _nodes is not UNSET:
            nodes = []
            for nodes_item_data in _nodes:
                nodes_item = AtlasV2GraphResponseNodesItem.from_dict(nodes_item_data)

                nodes.append(nodes_item)

        _edges = d.pop("edges", UNSET)
        edges: list[AtlasV2GraphResponseEdgesItem] | Unset = UNSET
        if _edges is not UNSET:
            edges = []
            for edges_item_data in _edges:
                edges_item = AtlasV2GraphResponseEdgesItem.from_dict(edges_item_data)

                edges.append(edges_item)

        _flows = d.pop("flows", UNSET)
        flows: list[AtlasV2GraphResponseFlowsItem] | Unset = UNSET
        if _flows is not UNSET:
            flows = []
            for flows_item_data in _flows:
                flows_item = AtlasV2GraphResponseFlowsItem.from_dict(flows_item_data)

                flows.append(flows_item)

        _attached_tests = d.pop("attached_tests", UNSET)
        attached_tests: list[AtlasV2GraphResponseAttachedTestsItem] | Unset = UNSET
        if _attached_tests is not UNSET:
            attached_tests = []
            for attached_tests_item_data in _attached_tests:
                attached_tests_item = AtlasV2GraphResponseAttachedTestsItem.from_dict(attached_tests_item_data)

                attached_tests.append(attached_tests_item)

        _stats = d.pop("stats", UNSET)
        stats: AtlasV2GraphResponseStats | Unset
        if isinstance(_stats, Unset):
            stats = UNSET
        else:
            stats = AtlasV2GraphResponseStats.from_dict(_stats)

        atlas_v2_graph_response = cls(
            app_id=app_id,
            build_id=build_id,
            projection=projection,
            structure=structure,
            curation=curation,
            nodes=nodes,
            edges=edges,
            flows=flows,
            attached_tests=attached_tests,
            stats=stats,
        )

        atlas_v2_graph_response.additional_properties = d
        return atlas_v2_graph_response

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
