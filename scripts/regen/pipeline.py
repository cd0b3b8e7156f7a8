"""The spec-to-spec half of the pipeline: patches, exclusions and FastAPI normalisation.

`prepare` is pure: the pulled document goes in, the document the generator should see comes
out, with a report of what every pass changed.
"""

from collections.abc import Callable
from dataclasses import dataclass, field

from regen.errors import RegenError
from regen.layout import EXCLUSIONS_FILE, PATCHES_DIR
from regen.names import Names
from regen.overlay import ActionResult, Overlay, apply_overlays, load_overlays
from regen.passes.class_names import unique_class_names
from regen.passes.exclusions import Excluded, ExclusionRule, exclude_operations, load_rules
from regen.passes.mangled_names import rename_mangled_schemas
from regen.passes.multipart_files import binary_file_parts
from regen.passes.open_enums import open_read_enums
from regen.passes.operation_names import clean_operation_ids
from regen.passes.prune import drop_unreferenced_schemas
from regen.passes.schema_twins import resolve_schema_twins
from regen.passes.stable_names import keep_locked_names
from regen.passes.tags import assign_module_tags
from regen.passes.untyped_responses import type_untyped_responses
from regen.spec import Spec, component_schemas, iter_schema_refs

Pass = Callable[[Spec], tuple[Spec, list[str]]]

# After patching and exclusion, in this order: names are settled last, once every schema
# and operation that will be generated is known. Enums are opened after the twins are
# resolved: opening only the response twin of an identical pair would keep the pair apart.
NORMALISATION: tuple[tuple[str, Pass], ...] = (
    ("unreferenced_schemas_dropped", drop_unreferenced_schemas),
    ("binary_file_parts", binary_file_parts),
    ("untyped_200_typed_as_object", type_untyped_responses),
    ("schema_twins", resolve_schema_twins),
    ("mangled_schema_names", rename_mangled_schemas),
    ("class_name_collisions", unique_class_names),
    ("enums_opened_where_read", open_read_enums),
    ("tags_from_path", assign_module_tags),
    ("operation_name_collisions", clean_operation_ids),
)


@dataclass(frozen=True)
class Prepared:
    patched: Spec  # the pulled spec with patches applied: what drift is measured on
    document: Spec  # what the generator gets
    excluded: list[Excluded]
    patch_results: list[ActionResult]
    changes: dict[str, list[str]] = field(default_factory=dict)
    kept: Spec = field(default_factory=dict)  # patched, without the excluded operations: the API the client covers


def _check_patch_refs(pulled: Spec, patched: Spec) -> None:
    """Patches may refer to schemas they expect every spec to have: say so if one does not."""
    known = component_schemas(patched).keys()
    before = set(iter_schema_refs(pulled))
    missing = sorted({n for n in iter_schema_refs(patched) if n not in known and n not in before})
    if missing:
        raise RegenError(f"the patches refer to schemas this spec lacks: {', '.join(missing)}")


def patched_spec(pulled: Spec) -> Spec:
    """The spec with the project's patches applied, nothing else: what the backend serves."""
    patched, _ = apply_overlays(pulled, load_overlays(PATCHES_DIR))
    return patched


def covered_api(pulled: Spec) -> Spec:
    """The API a client generated from `pulled` covers: patched, excluded operations left out."""
    patched, _ = apply_overlays(pulled, load_overlays(PATCHES_DIR))
    document, _ = exclude_operations(patched, load_rules(EXCLUSIONS_FILE))
    return document


def prepare(
    pulled: Spec, overlays: list[Overlay], rules: list[ExclusionRule], locked_names: Names | None = None
) -> Prepared:
    """`locked_names` (from the lock) are kept over what the spec would name things now."""
    patched, patch_results = apply_overlays(pulled, overlays)
    _check_patch_refs(pulled, patched)
    document, excluded = exclude_operations(patched, rules)
    kept = document
    changes: dict[str, list[str]] = {}
    for name, normalise in (*NORMALISATION, ("stable_names", keep_locked_names(locked_names))):
        document, changes[name] = normalise(document)
    return Prepared(patched, document, excluded, patch_results, changes, kept)
