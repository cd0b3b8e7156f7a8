"""`client.files` (org files) and `client.devices.targets`."""

from __future__ import annotations

from .needs import Model, Needs, Operation

_FILE = Model("OrgFile", ("id", "filename"))
_LIST = Needs(
    (Operation("GET /api/v1/files/", "org_files.list_org_files", ("limit", "offset")),),
    (Model("OrgFileListResponse", ("files", "count")), _FILE),
)
_COMPLETE = Operation("POST /api/v1/files/{file_id}/complete-upload", "org_files.complete_upload",
                      ("file_id", "body"))
_UPLOAD_MODELS = (
    Model("OrgFileUploadRequest", ("filename", "file_size", "content_type", "display_name", "description")),
    Model("OrgFileUploadResponse", ("file", "upload_url", "content_type", "s3_key")),
    Model("OrgFileCompleteUploadRequest", ("filename", "file_size", "content_type", "s3_key", "description")),
    _FILE,
)

METHODS = {
    "files.list": _LIST,
    "files.find": _LIST,
    "files.upload": Needs(
        (Operation("POST /api/v1/files/upload-url", "org_files.get_upload_url", ("body",)), _COMPLETE),
        _UPLOAD_MODELS,
    ),
    "files.replace": Needs(
        (Operation("PUT /api/v1/files/{file_id}/replace-url", "org_files.get_replace_url", ("file_id", "body")),
         _COMPLETE),
        _UPLOAD_MODELS,
    ),
    "files.download": Needs(
        (Operation("GET /api/v1/files/{file_id}/download-url", "org_files.get_file_download_url", ("file_id",)),),
        (Model("OrgFileDownloadUrlResponse", ("url", "filename")),),
    ),
    "files.update": Needs(
        (Operation("PUT /api/v1/files/{file_id}", "org_files.update_org_file", ("file_id", "body")),),
        (Model("OrgFileUpdate", ("filename", "description")), _FILE),
    ),
    "files.delete": Needs((Operation("DELETE /api/v1/files/{file_id}", "org_files.delete_org_file", ("file_id",)),)),
    "devices.targets": Needs(
        (Operation("GET /api/v1/execution/device-targets", "execution.get_device_targets"),),
        (Model("AllPlatformTargets", ("platforms",)),),
    ),
}
