"""`client.builds`, with the three upload flows `builds.upload` chooses from."""

from __future__ import annotations

from .needs import Flow, Model, Needs, Operation

_BUILD = Model("BuildResponse")

_APP = "POST /api/v1/apps/{app_id}/builds"
_START = "POST /api/v1/apps/{app_id}/builds/multipart-upload/start"
_RESUME = "POST /api/v1/apps/{app_id}/builds/multipart-upload/resume"
_SESSION = "POST /api/v1/apps/{app_id}/builds/upload-session"
_UPLOAD_URL = "POST /api/v1/apps/{app_id}/builds/upload-url"
_EXTRACT = "POST /api/v1/apps/builds/{version_id}/extract-package-id"
_COMPLETE = "POST /api/v1/apps/builds/{version_id}/complete-upload"
_DELETE = "DELETE /api/v1/apps/builds/{version_id}"

_FINALIZE_MODELS = ("BuildCreateFromUploadRequest", "BuildCreateFromUploadRequestMetadataType0")
_MULTIPART_MODELS = (
    "BuildMultipartUploadStartRequest",
    "BuildMultipartUploadStartResponse",
    "BuildMultipartUploadResumeRequest",
    "BuildMultipartUploadResumeResponse",
    "BuildMultipartUploadPartURL",
    "BuildMultipartUploadCompletedPart",
)
_SESSION_MODELS = ("BuildUploadSessionRequest", "BuildUploadSessionResponse")
_LEGACY_MODELS = (
    "BuildCreateResponse",
    "ExtractBuildPackageIdResponse",
    "BuildUploadCompleteRequest",
    "BuildUploadCompleteRequestMetadataType0",
)

_UPLOAD = Needs(
    (
        Operation("GET /api/v1/apps/{app_id}", "apps.get_app", ("app_id",)),
        Operation(_START, "apps.start_build_multipart_upload", ("app_id", "body", "source"), optional=True),
        Operation(_RESUME, "apps.resume_build_multipart_upload", ("app_id", "body"), optional=True),
        Operation(_SESSION, "apps.create_build_upload_session", ("app_id", "body", "source"), optional=True),
        Operation(_APP, "apps.create_build_from_upload", ("app_id", "body"), optional=True),
        Operation(
            _UPLOAD_URL, "apps.create_build_upload_url", ("app_id", "version", "file_name", "source"), optional=True
        ),
        Operation(_EXTRACT, "apps.extract_build_package_id", ("version_id",), optional=True),
        Operation(_COMPLETE, "apps.complete_build_upload", ("version_id", "body"), optional=True),
        Operation(_DELETE, "apps.delete_build", ("version_id",), optional=True),
    ),
    (
        Model("AppResponse", ("platform",)),
        # The legacy flow builds the result itself from these.
        Model("BuildResponse", ("id", "app_id", "version", "package_name", "metadata")),
        Model("BuildMultipartUploadStartRequest", ("version", "file_name", "file_size"), optional=True),
        Model(
            "BuildMultipartUploadStartResponse",
            ("upload_id", "s3_upload_id", "part_size", "parts", "complete_url", "abort_url"),
            optional=True,
        ),
        Model(
            "BuildMultipartUploadResumeRequest",
            ("upload_id", "s3_upload_id", "version", "file_name", "file_size"),
            optional=True,
        ),
        Model(
            "BuildMultipartUploadResumeResponse",
            ("upload_id", "s3_upload_id", "part_size", "parts", "complete_url", "abort_url", "uploaded_parts"),
            optional=True,
        ),
        Model("BuildMultipartUploadPartURL", ("part_number", "upload_url"), optional=True),
        Model("BuildMultipartUploadCompletedPart", ("part_number", "etag", "size"), optional=True),
        Model("BuildUploadSessionRequest", ("version", "file_name"), optional=True),
        Model("BuildUploadSessionResponse", ("upload_id", "upload_url", "content_type"), optional=True),
        Model("BuildCreateFromUploadRequest", ("upload_id", "version", "set_as_current", "metadata"), optional=True),
        Model("BuildCreateFromUploadRequestMetadataType0", optional=True),
        Model("BuildCreateResponse", ("version_id", "version", "upload_url", "content_type"), optional=True),
        Model("ExtractBuildPackageIdResponse", ("package_id", "error"), optional=True),
        Model(
            "BuildUploadCompleteRequest", ("version_id", "package_name", "set_as_current", "metadata"), optional=True
        ),
        Model("BuildUploadCompleteRequestMetadataType0", optional=True),
    ),
    (
        # Files over the single-PUT threshold (64 MiB) only.
        Flow("multipart", (_START, _RESUME, _APP), _MULTIPART_MODELS + _FINALIZE_MODELS),
        Flow("upload-session", (_SESSION, _APP), _SESSION_MODELS + _FINALIZE_MODELS),
        Flow("legacy", (_UPLOAD_URL, _EXTRACT, _COMPLETE, _DELETE), _LEGACY_MODELS),
    ),
)

METHODS = {
    "builds.list": Needs(
        (
            Operation(
                "GET /api/v1/apps/{app_id}/builds",
                "apps.list_builds",
                ("app_id", "page", "page_size", "search", "include_download_urls"),
            ),
        ),
        (Model("PaginatedBuildsResponse", ("items", "has_next")), _BUILD),
    ),
    "builds.get": Needs(
        (Operation("GET /api/v1/apps/builds/{version_id}", "apps.get_build", ("version_id", "include_download_url")),),
        (_BUILD,),
    ),
    "builds.update": Needs(
        (Operation("PATCH /api/v1/apps/builds/{version_id}", "apps.update_build", ("version_id", "body")),),
        (Model("BuildUpdateRequest", ("version", "package_name", "metadata")), _BUILD),
    ),
    "builds.delete": Needs((Operation(_DELETE, "apps.delete_build", ("version_id",)),)),
    "builds.from_url": Needs(
        (Operation("POST /api/v1/apps/{app_id}/builds/from-url", "apps.create_build_from_url", ("app_id", "body")),),
        (Model("BuildFromUrlRequest", ("from_url", "version", "headers", "metadata", "set_as_current")), _BUILD),
    ),
    "builds.upload": _UPLOAD,
}
