"""`client.builds`: uploaded app binaries (the seed page's "build versions")."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Unpack

from .._core.base_client import APICall
from .._core.calls import build_model, call
from .._core.exceptions import RevylError
from .._core.pagination import PAGE_SIZE, AsyncPager, PageCall, PageOf, SyncPager
from .._core.resource import AsyncResource, RequestOptions, SyncResource, split_request_options

if TYPE_CHECKING:  # at run time, builders import what they send, and uploads load on the first upload
    from revyl_api.models import BuildResponse

    from .._uploads.source import FileInput
    from .._uploads.upload import UploadOptions


class BuildListOptions(RequestOptions, total=False):
    search: str
    include_download_urls: bool


class BuildUpdateOptions(RequestOptions, total=False):
    version: str
    package_name: str
    metadata: dict[str, Any]


class BuildFromUrlOptions(RequestOptions, total=False):
    headers: dict[str, str]
    metadata: dict[str, Any]
    set_as_current: bool


def _list_page_call(app_id: str, options: BuildListOptions) -> PageCall[BuildResponse]:
    from revyl_api.api.apps import list_builds
    from revyl_api.models import PaginatedBuildsResponse

    query, request = split_request_options(dict(options))

    def page_call(page: int) -> APICall[PageOf[BuildResponse]]:
        listing = call(
            list_builds, PaginatedBuildsResponse, app_id=app_id, page=page, page_size=PAGE_SIZE, **query, **request
        )
        return listing.map(lambda response: PageOf.of(response.items, response.has_next))

    return page_call


def _get_call(build_id: str, include_download_url: bool, options: RequestOptions) -> APICall[BuildResponse]:
    from revyl_api.api.apps import get_build
    from revyl_api.models import BuildResponse

    return call(get_build, BuildResponse, version_id=build_id, include_download_url=include_download_url, **options)


def _update_call(build_id: str, options: BuildUpdateOptions) -> APICall[BuildResponse]:
    from revyl_api.api.apps import update_build
    from revyl_api.models import BuildResponse, BuildUpdateRequest

    body, request = split_request_options(dict(options))
    if not body:
        raise RevylError("builds.update needs at least one field to change")
    return call(
        update_build,
        BuildResponse,
        version_id=build_id,
        body=build_model(BuildUpdateRequest, body, "build update"),
        **request,
    )


def _delete_call(build_id: str, options: RequestOptions) -> APICall[None]:
    from revyl_api.api.apps import delete_build

    return call(delete_build, object, version_id=build_id, **options).map(lambda _: None)


def _from_url_call(app_id: str, url: str, version: str, options: BuildFromUrlOptions) -> APICall[BuildResponse]:
    from revyl_api.api.apps import create_build_from_url
    from revyl_api.models import BuildFromUrlRequest, BuildResponse

    body, request = split_request_options(dict(options))
    if not url.startswith(("http://", "https://")):
        raise RevylError(f"from_url needs an http(s) URL, got {url!r}")
    # Safe to retry: the server answers `was_reused: true` for an (app, version) it already has.
    return call(
        create_build_from_url,
        BuildResponse,
        app_id=app_id,
        body=build_model(BuildFromUrlRequest, {"from_url": url, "version": version, **body}, "from_url request"),
        **request,
    )


class Builds(SyncResource):
    def list(self, app_id: str, **options: Unpack[BuildListOptions]) -> SyncPager[BuildResponse]:
        """Every build of `app_id`, fetched page by page as you iterate with `for`."""
        return SyncPager(self._api, _list_page_call(app_id, options))

    def get(
        self, build_id: str, *, include_download_url: bool = False, **options: Unpack[RequestOptions]
    ) -> BuildResponse:
        """The build with this id."""
        return self._api.execute(_get_call(build_id, include_download_url, options))

    def update(self, build_id: str, **options: Unpack[BuildUpdateOptions]) -> BuildResponse:
        """Change only the fields given."""
        return self._api.execute(_update_call(build_id, options))

    def delete(self, build_id: str, **options: Unpack[RequestOptions]) -> None:
        """Delete the build (its app stays)."""
        self._api.execute(_delete_call(build_id, options))

    def from_url(self, app_id: str, url: str, *, version: str, **options: Unpack[BuildFromUrlOptions]) -> BuildResponse:
        """Have Revyl fetch the build at `url` (`headers` are sent with that fetch)."""
        return self._api.execute(_from_url_call(app_id, url, version, options))

    def upload(self, app_id: str, file: FileInput, *, version: str, **options: Unpack[UploadOptions]) -> BuildResponse:
        """Upload a build file (an Android .apk, or a zipped iOS simulator .app) and create the build.

        `file` is a path or a seekable binary file object (sent from its start; give
        `file_name` if it has no name). Before anything is sent, the file is checked against
        the app's platform (`metadata["platform"]`, else the app's) and a bad artifact raises
        `InvalidArtifactError`. The file is streamed, never read whole: memory stays a few
        MiB per connection whatever its size.

        Files up to `part_size` bytes (default 64 MiB, at most 5 GiB) go in one PUT; larger
        ones as an S3 multipart upload of up to `concurrency` parallel parts (default 4, or
        `REVYL_UPLOAD_CONCURRENCY`; 1-64). In multipart uploads the server picks the size
        of each part, so `part_size` only moves the single-PUT/multipart threshold.
        Failed PUTs are retried (4 attempts; expired part URLs are re-presigned).

        `resume=True` records multipart progress under `resume_dir` (default
        ~/.revyl/uploads) so that calling again after an interruption sends only the parts
        still missing; pass it on the first attempt too. `on_progress(bytes_sent, total)`
        may be called from worker threads by `Revyl` (on the event loop by `AsyncRevyl`);
        `progress_bar` draws one on stderr if it is a terminal. Returns the created build.
        """
        from .._uploads.upload import UploadRequest, upload_sync

        return upload_sync(self._api, UploadRequest.of(app_id, file, version, options))


class AsyncBuilds(AsyncResource):
    def list(self, app_id: str, **options: Unpack[BuildListOptions]) -> AsyncPager[BuildResponse]:
        """Every build of `app_id`, fetched page by page as you iterate with `async for`."""
        return AsyncPager(self._api, _list_page_call(app_id, options))

    async def get(
        self, build_id: str, *, include_download_url: bool = False, **options: Unpack[RequestOptions]
    ) -> BuildResponse:
        """The build with this id."""
        return await self._api.execute(_get_call(build_id, include_download_url, options))

    async def update(self, build_id: str, **options: Unpack[BuildUpdateOptions]) -> BuildResponse:
        """Change only the fields given."""
        return await self._api.execute(_update_call(build_id, options))

    async def delete(self, build_id: str, **options: Unpack[RequestOptions]) -> None:
        """Delete the build (its app stays)."""
        await self._api.execute(_delete_call(build_id, options))

    async def from_url(
        self, app_id: str, url: str, *, version: str, **options: Unpack[BuildFromUrlOptions]
    ) -> BuildResponse:
        """Have Revyl fetch the build at `url` (`headers` are sent with that fetch)."""
        return await self._api.execute(_from_url_call(app_id, url, version, options))

    async def upload(
        self, app_id: str, file: FileInput, *, version: str, **options: Unpack[UploadOptions]
    ) -> BuildResponse:
        """Upload a build file (an Android .apk, or a zipped iOS simulator .app) and create the build.

        `file` is a path or a seekable binary file object (sent from its start; give
        `file_name` if it has no name). Before anything is sent, the file is checked against
        the app's platform (`metadata["platform"]`, else the app's) and a bad artifact raises
        `InvalidArtifactError`. The file is streamed, never read whole: memory stays a few
        MiB per connection whatever its size.

        Files up to `part_size` bytes (default 64 MiB, at most 5 GiB) go in one PUT; larger
        ones as an S3 multipart upload of up to `concurrency` parallel parts (default 4, or
        `REVYL_UPLOAD_CONCURRENCY`; 1-64). In multipart uploads the server picks the size
        of each part, so `part_size` only moves the single-PUT/multipart threshold.
        Failed PUTs are retried (4 attempts; expired part URLs are re-presigned).

        `resume=True` records multipart progress under `resume_dir` (default
        ~/.revyl/uploads) so that calling again after an interruption sends only the parts
        still missing; pass it on the first attempt too. `on_progress(bytes_sent, total)`
        may be called from worker threads by `Revyl` (on the event loop by `AsyncRevyl`);
        `progress_bar` draws one on stderr if it is a terminal. Returns the created build.
        """
        from .._uploads.upload import UploadRequest, upload_async

        return await upload_async(self._api, UploadRequest.of(app_id, file, version, options))
