"""`client.apps`."""

from __future__ import annotations

from .needs import Model, Needs, Operation

_APP = Model("AppResponse", ("id", "name", "platform"))

_PAGE = Model("PaginatedAppsResponse", ("items", "has_next"))
_LIST_APPS = "GET /api/v1/apps/"

METHODS = {
    "apps.list": Needs(
        (Operation(_LIST_APPS, "apps.list_apps", ("page", "page_size", "platform", "search")),),
        (_PAGE, _APP, Model("AppPlatform")),
    ),
    "apps.find": Needs(  # every app, narrowed by platform only: names are matched here
        (Operation(_LIST_APPS, "apps.list_apps", ("page", "page_size", "platform")),),
        (_PAGE, _APP, Model("AppPlatform")),
    ),
    "apps.create": Needs(
        (Operation("POST /api/v1/apps/", "apps.create_app", ("body",)),),
        (Model("AppCreateRequest", ("name", "platform", "description")), _APP, Model("AppPlatform")),
    ),
    "apps.get": Needs((Operation("GET /api/v1/apps/{app_id}", "apps.get_app", ("app_id",)),), (_APP,)),
    "apps.update": Needs(
        (Operation("PATCH /api/v1/apps/{app_id}", "apps.update_app", ("app_id", "body")),),
        (
            Model("AppUpdateRequest", ("name", "description", "current_version", "static_url", "system_prompt")),
            _APP,
        ),
    ),
    "apps.delete": Needs(
        (Operation("DELETE /api/v1/apps/{app_id}", "apps.delete_app", ("app_id",)),),
        (Model("DeleteAppResponse"),),
    ),
}
