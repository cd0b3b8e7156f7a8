"""Request bodies of the management endpoints (tests and workflows edits, tags, variables,
modules, scripts, org files), as the backend's pydantic models declare them.

A run config is kept and answered back, so its known fields are checked to their spec types
(unknown keys pass, as the backend's model allows them).
"""

from __future__ import annotations

import uuid
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from .limits import JsonObject, JsonObjects


class _Open(BaseModel):
    model_config = ConfigDict(extra="allow")


class _LLMConfig(_Open):
    primary_model: str = "gemini/gemini-3.5-flash"
    reflection_model: str | None = None
    planning_model: str | None = None


class _Location(_Open):
    latitude: float = Field(ge=-90, le=90)
    longitude: float = Field(ge=-180, le=180)


class _Cleanup(_Open):
    cleanup_level: Literal["none", "thorough", "deep_clean"] = "thorough"
    custom_paths_to_clear: list[str] | None = None
    clear_app_data: bool = True
    revoke_permissions: bool = True
    clear_downloads: bool = True
    clear_shared_storage: bool = True
    clear_clipboard: bool = True
    clear_notifications: bool = True
    reset_system_ui: bool = False
    clear_recent_apps: bool = False
    kill_background_apps: bool = True
    clear_browser_data: bool = True
    uninstall_new_apps: bool = True


class _ExecutionMode(_Open):
    human_in_the_loop: bool = False
    enable_reflection: bool = True
    enable_planning: bool = False
    retries: int = 1
    reflection_retries: int = 1
    skip_app_install: bool = False
    network_capture: bool = True
    grounder_type: Literal["unified", "moondream", "moondream3", "moondream_custom", "modal-custom", "ui-tars",
                           "qwen3-vl", "auto", "null"] | None = "moondream3"
    cleanup_config: _Cleanup | None = None
    initial_location: _Location | None = None
    initial_orientation: str | None = None
    initial_locale: str | None = None


class RunConfig(_Open):
    """TestRunConfig."""

    llm_config: _LLMConfig | None = None
    execution_mode: _ExecutionMode | None = None
    run_id: uuid.UUID | None = None
    cache_retry_mode: Literal["none", "full_rerun"] = "full_rerun"
    fallback_trigger: Literal["final_fail"] = "final_fail"
    disable_grid: bool | None = None
    fail_fast: bool = False

    def stored(self) -> dict[str, Any]:
        """The fields given, as JSON (no defaults filled in: the backend stores what it got)."""
        return self.model_dump(mode="json", exclude_unset=True)


class TestFields(BaseModel):
    """Test, as create and update take it: every field optional, only those sent change."""

    name: str | None = None
    platform: str | None = None
    tasks: JsonObjects | None = None
    app_id: uuid.UUID | None = None
    description: str | None = None
    flowdescription: str | None = None
    pinned_version: str | None = None
    run_config: RunConfig | None = None
    orientation: str | None = None
    retries: int | None = None
    expected_version: int | None = None


class DuplicateTest(BaseModel):
    test_id: uuid.UUID
    new_name: str
    copy_variables: bool = True
    target_platform: str | None = None
    new_app_id: uuid.UUID | None = None


class Version(BaseModel):
    """TestRestoreVersionRequest and ModuleRestoreVersionRequest."""

    version: int


class DeviceTarget(BaseModel):
    device_model: str | None = None
    os_version: str | None = None
    orientation: str | None = None


class WorkflowName(BaseModel):
    name: str


_RUN_CONFIG_KEYS = {"run_config", "override_run_config", "default_concurrency_limit"}


class WorkflowRunConfig(BaseModel):
    """`{run_config, override_run_config}` as the spec says, plus `default_concurrency_limit` as
    Revyl's CLI 0.1.195 sends it; or the bare run config older CLIs send (`{parallelism,
    max_retries}`), read as an override."""

    run_config: RunConfig | None
    override_run_config: bool
    default_concurrency_limit: int | None = Field(default=None, ge=0)  # CLI 0.1.195; 0 removes the cap

    @model_validator(mode="before")
    @classmethod
    def _bare(cls, data: Any) -> Any:
        if isinstance(data, dict) and not _RUN_CONFIG_KEYS & set(data):
            return {"run_config": data, "override_run_config": True}
        return data


class WorkflowBuildConfig(BaseModel):
    build_config: JsonObject | None
    override_build_config: bool


class WorkflowLocation(BaseModel):
    location_config: _Location | None
    override_location: bool


class FailurePolicy(BaseModel):
    failure_policy: Literal["fail_workflow", "ignore_failure"]


class TagCreate(BaseModel):
    name: str = Field(min_length=1)
    color: str | None = None


class TagUpdate(BaseModel):
    name: str | None = Field(default=None, min_length=1)
    color: str | None = None
    description: str | None = None


class TagNames(BaseModel):
    tag_names: list[str]


class BulkTags(BaseModel):
    test_ids: list[str]
    tags_to_add: list[str] = []
    tags_to_remove: list[str] = []


class VariableAdd(BaseModel):
    test_uid: uuid.UUID
    variable_name: str = Field(min_length=1)
    variable_value: str | None = None


class VariableValue(BaseModel):
    variable_id: uuid.UUID
    variable_value: str


class VariableName(BaseModel):
    test_uid: uuid.UUID
    variable_name: str = Field(min_length=1)


class GlobalCreate(BaseModel):
    variable_name: str = Field(min_length=1)
    variable_value: str | None = None
    is_secret: bool = False
    description: str | None = None


class GlobalUpdate(BaseModel):
    variable_name: str | None = Field(default=None, min_length=1)
    variable_value: str | None = None
    is_secret: bool | None = None
    description: str | None = None


class LaunchCreate(BaseModel):
    key: str = Field(min_length=1)
    value: str
    description: str | None = None


class LaunchUpdate(BaseModel):
    key: str | None = Field(default=None, min_length=1)
    value: str | None = None
    description: str | None = None


class LaunchAttach(BaseModel):
    test_id: uuid.UUID
    env_var_id: uuid.UUID


class LaunchReplace(BaseModel):
    test_id: uuid.UUID
    env_var_ids: list[uuid.UUID] = []


class ModuleCreate(BaseModel):
    name: str = Field(min_length=1)
    description: str | None = None
    blocks: JsonObjects


class ModuleUpdate(BaseModel):
    name: str | None = Field(default=None, min_length=1)
    description: str | None = None
    blocks: JsonObjects | None = None
    expected_version: int | None = None


Runtime = Literal["python", "javascript", "typescript", "bash"]


class ScriptCreate(BaseModel):
    name: str = Field(min_length=1)
    code: str
    runtime: Runtime
    description: str | None = None


class ScriptUpdate(BaseModel):
    name: str | None = Field(default=None, min_length=1)
    code: str | None = None
    runtime: Runtime | None = None
    description: str | None = None


class FileUpload(BaseModel):
    filename: str = Field(min_length=1, pattern=r"^[^/\\]+$")
    file_size: int = Field(ge=1)
    display_name: str | None = None
    description: str | None = None
    content_type: str | None = None


class FileComplete(BaseModel):
    s3_key: str | None = None
    filename: str | None = None
    file_size: int | None = None
    content_type: str | None = None
    description: str | None = None


class FileUpdate(BaseModel):
    filename: str | None = Field(default=None, min_length=1, pattern=r"^[^/\\]+$")
    description: str | None = None
