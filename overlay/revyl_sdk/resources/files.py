"""`client.files`: the organisation's files (fixtures test steps use: `file:` in YAML)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Unpack

from .._core.base_client import APICall
from .._core.calls import build_model, call, require_uuid
from .._core.exceptions import RevylError
from .._core.pagination import AsyncPager, PageCall, PageOf, SyncPager
from .._core.resource import AsyncResource, RequestOptions, SyncResource, split_request_options
from ._discovery import offset_pages, page_of
from ._file_transfer import FileUpload, check_download, download_target, download_url_call, partial
from ._lookup import find_named

if TYPE_CHECKING:  # at run time, builders import the generated code they send (see _core/resource.py)
    from revyl_api.models import OrgFile

FILES_PAGE = 500  # the spec allows 1000


class FileUpdateOptions(RequestOptions, total=False):
    filename: str
    description: str


def _name_of(file: OrgFile) -> str:
    return file.filename


def _id_of(file: OrgFile) -> str:
    return str(file.id)


def _list_pages(options: RequestOptions) -> PageCall[OrgFile]:
    from revyl_api.api.org_files import list_org_files
    from revyl_api.models import OrgFileListResponse

    def page_at(limit: int, offset: int) -> APICall[PageOf[OrgFile]]:
        listing = call(list_org_files, OrgFileListResponse, limit=limit, offset=offset, **options)
        return listing.map(lambda response: page_of(response.files, limit, offset + limit < response.count))

    return offset_pages(FILES_PAGE, page_at)


def _update_call(file_id: str, options: FileUpdateOptions) -> APICall[OrgFile]:
    from revyl_api.api.org_files import update_org_file
    from revyl_api.models import OrgFile, OrgFileUpdate

    fields, request = split_request_options(dict(options))
    if not fields:
        raise RevylError("files.update needs filename or description")
    return call(update_org_file, OrgFile, file_id=require_uuid(file_id, "file_id"),
                body=build_model(OrgFileUpdate, fields, "file update"), **request)


def _delete_call(file_id: str, options: RequestOptions) -> APICall[None]:
    from revyl_api.api.org_files import delete_org_file

    return call(delete_org_file, object, file_id=require_uuid(file_id, "file_id"), **options).map(lambda _: None)


class Files(SyncResource):
    def list(self, **options: Unpack[RequestOptions]) -> SyncPager[OrgFile]:
        """Every file of the organisation, fetched page by page as you iterate with `for`."""
        return SyncPager(self._api, _list_pages(options))

    def find(self, name: str, **options: Unpack[RequestOptions]) -> OrgFile:
        """The file called `name`, exact or else ignoring case, as `tests.find`."""
        return find_named("file", name, self.list(**options), _name_of, _id_of)

    def upload(self, path: str | os.PathLike[str], *, display_name: str | None = None,
               description: str | None = None, content_type: str | None = None,
               **options: Unpack[RequestOptions]) -> OrgFile:
        """Upload the file at `path` (its content type guessed from its name unless given)."""
        job = FileUpload.of(path, replacing=None, display_name=display_name, description=description,
                            content_type=content_type)
        return self._transfer(job, options)

    def replace(self, file_id: str, path: str | os.PathLike[str], *, description: str | None = None,
                content_type: str | None = None, **options: Unpack[RequestOptions]) -> OrgFile:
        """Put the bytes of `path` in place of the file's (same id: tests using it keep working)."""
        job = FileUpload.of(path, replacing=file_id, display_name=None, description=description,
                            content_type=content_type)
        return self._transfer(job, options)

    def _transfer(self, job: FileUpload, options: RequestOptions) -> OrgFile:
        grant = self._api.execute(job.grant_call(options))
        http = self._api.http_client
        job.check_put(http.send(job.put_request(http, grant)))
        return self._api.execute(job.complete_call(grant, options))

    def download(self, file_id: str, destination: str | os.PathLike[str] = ".",
                 **options: Unpack[RequestOptions]) -> Path:
        """Save the file into the directory `destination` (or at that path); returns where."""
        link = self._api.execute(download_url_call(file_id, options))
        target = download_target(destination, link.filename)
        with self._api.http_client.stream("GET", link.url) as response:
            check_download(response, link.filename)
            with partial(target).open("wb") as out:
                for chunk in response.iter_bytes():
                    out.write(chunk)
        return partial(target).replace(target)

    def update(self, file_id: str, **options: Unpack[FileUpdateOptions]) -> OrgFile:
        """Rename the file or change its description."""
        return self._api.execute(_update_call(file_id, options))

    def delete(self, file_id: str, **options: Unpack[RequestOptions]) -> None:
        """Delete the org file."""
        self._api.execute(_delete_call(file_id, options))


class AsyncFiles(AsyncResource):
    def list(self, **options: Unpack[RequestOptions]) -> AsyncPager[OrgFile]:
        """Every file of the organisation, fetched page by page as you iterate with `async for`."""
        return AsyncPager(self._api, _list_pages(options))

    async def find(self, name: str, **options: Unpack[RequestOptions]) -> OrgFile:
        """The file called `name`, exact or else ignoring case, as `tests.find`."""
        return find_named("file", name, [file async for file in self.list(**options)], _name_of, _id_of)

    async def upload(self, path: str | os.PathLike[str], *, display_name: str | None = None,
                     description: str | None = None, content_type: str | None = None,
                     **options: Unpack[RequestOptions]) -> OrgFile:
        """Upload the file at `path` (its content type guessed from its name unless given)."""
        job = FileUpload.of(path, replacing=None, display_name=display_name, description=description,
                            content_type=content_type)
        return await self._transfer(job, options)

    async def replace(self, file_id: str, path: str | os.PathLike[str], *, description: str | None = None,
                      content_type: str | None = None, **options: Unpack[RequestOptions]) -> OrgFile:
        """Put the bytes of `path` in place of the file's (same id: tests using it keep working)."""
        job = FileUpload.of(path, replacing=file_id, display_name=None, description=description,
                            content_type=content_type)
        return await self._transfer(job, options)

    async def _transfer(self, job: FileUpload, options: RequestOptions) -> OrgFile:
        grant = await self._api.execute(job.grant_call(options))
        http = self._api.http_client
        job.check_put(await http.send(job.put_request(http, grant)))
        return await self._api.execute(job.complete_call(grant, options))

    async def download(self, file_id: str, destination: str | os.PathLike[str] = ".",
                       **options: Unpack[RequestOptions]) -> Path:
        """Save the file into the directory `destination` (or at that path); returns where."""
        link = await self._api.execute(download_url_call(file_id, options))
        target = download_target(destination, link.filename)
        async with self._api.http_client.stream("GET", link.url) as response:
            check_download(response, link.filename)
            with partial(target).open("wb") as out:
                async for chunk in response.aiter_bytes():
                    out.write(chunk)
        return partial(target).replace(target)

    async def update(self, file_id: str, **options: Unpack[FileUpdateOptions]) -> OrgFile:
        """Rename the file or change its description."""
        return await self._api.execute(_update_call(file_id, options))

    async def delete(self, file_id: str, **options: Unpack[RequestOptions]) -> None:
        """Delete the org file."""
        await self._api.execute(_delete_call(file_id, options))
