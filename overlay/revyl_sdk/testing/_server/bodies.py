"""Request bodies as the backend's pydantic models declare them (required fields, types).

FastAPI validates them, so a bad body gets the same 422 `detail` list the real API sends.
Only the fields the emulator reads are declared; others are accepted and ignored, as the
backend ignores unknown keys.
"""

from __future__ import annotations

import enum
import uuid

from pydantic import BaseModel

from .limits import JsonObject, JsonObjects, YamlText


class AppPlatform(enum.StrEnum):
    IOS = "iOS"
    ANDROID = "Android"


class ValidationType(enum.StrEnum):
    FULL_TEST = "full_test"
    BLOCKS_ONLY = "blocks_only"


class AppCreateRequest(BaseModel):
    name: str
    platform: AppPlatform
    description: str | None = None


class AppUpdateRequest(BaseModel):
    name: str | None = None
    static_url: str | None = None
    current_version: str | None = None
    description: str | None = None
    system_prompt: str | None = None


class BuildUploadSessionRequest(BaseModel):
    version: str
    file_name: str


class BuildMultipartUploadStartRequest(BaseModel):
    version: str
    file_name: str
    file_size: int


class BuildMultipartUploadResumeRequest(BaseModel):
    upload_id: uuid.UUID
    s3_upload_id: str
    version: str
    file_name: str
    file_size: int


class BuildCreateFromUploadRequest(BaseModel):
    upload_id: uuid.UUID
    version: str
    metadata: JsonObject | None = None
    set_as_current: bool = False


class BuildUploadCompleteRequest(BaseModel):
    version_id: uuid.UUID
    metadata: JsonObject | None = None
    package_name: str | None = None
    set_as_current: bool = False


class BuildFromUrlRequest(BaseModel):
    from_url: str
    headers: dict[str, str] | None = None
    version: str
    metadata: JsonObject | None = None
    set_as_current: bool = False


class BuildUpdateRequest(BaseModel):
    metadata: JsonObject | None = None
    package_name: str | None = None
    version: str | None = None


class ValidationRequest(BaseModel):
    yaml_content: YamlText
    validation_type: ValidationType = ValidationType.FULL_TEST
    platform: str | None = None


class YamlCreationRequest(BaseModel):
    yaml_content: YamlText
    metadata_overrides: JsonObject | None = None


class BlocksCreationRequest(BaseModel):
    blocks: JsonObjects
    metadata: JsonObject
    options: JsonObject | None = None


class BlocksToYamlRequest(BaseModel):
    blocks: JsonObjects
    metadata: JsonObject | None = None
    options: JsonObject | None = None


class YamlToBlocksRequest(BaseModel):
    yaml_content: YamlText
    options: JsonObject | None = None


class TaskID(BaseModel):
    """Body of execute_test_id_async."""

    test_id: uuid.UUID
    retries: int | None = 1
    build_version_id: uuid.UUID | None = None
    device_model: str | None = None
    os_version: str | None = None
    variable_overrides: dict[str, str] | None = None
    launch_env_vars: dict[str, str] | None = None


class WorkflowInfo(BaseModel):
    """Body of execute_workflow_id_async."""

    workflow_id: uuid.UUID
    run_config: JsonObject | None = None
    build_config: JsonObject | None = None
    override_build_config: bool = False
    variable_overrides: dict[str, str] | None = None


class WorkflowData(BaseModel):
    name: str
    tests: list[uuid.UUID]
    schedule: str | None = "No Schedule"
    owner: str
    org_id: uuid.UUID | None = None


class ShareableReportByTaskModel(BaseModel):
    task_id: str
    origin: str | None = "https://app.revyl.ai"
    expiration_hours: int | None = None


class GenerateWorkflowShareableLinkRequest(BaseModel):
    workflow_task_id: str
    origin: str | None = "https://app.revyl.ai"
    expiration_hours: int | None = None
    include_child_tests: bool = False


class UnifiedWorkflowReportRequest(BaseModel):
    workflow_task_id: str | None = None
    token: str | None = None
    include_video_metadata: bool = False
