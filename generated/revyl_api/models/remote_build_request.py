from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.build_config import BuildConfig
    from ..models.remote_build_archive_source import RemoteBuildArchiveSource
    from ..models.remote_build_git_source import RemoteBuildGitSource


T = TypeVar("T", bound="RemoteBuildRequest")


@_attrs_define
class RemoteBuildRequest:
    """Request body to trigger a remote build.

    Attributes:
        source (RemoteBuildArchiveSource | RemoteBuildGitSource):
        config (BuildConfig): Sandbox build configuration stored by the API and used by build jobs.
        clean_build (bool | Unset):  Default: False.
        version (None | str | Unset): Version string. Auto-generated when omitted.
        image (None | str | Unset): Optional sandbox build image key. Defaults to latest.
        timeout_seconds (int | None | Unset): Server-enforced build timeout in seconds. Clamped to the platform maximum;
            defaults to 60 minutes when omitted.
        set_as_current (bool | Unset):  Default: True.
    """

    source: RemoteBuildArchiveSource | RemoteBuildGitSource
    config: BuildConfig
    clean_build: bool | Unset = False
    version: None | str | Unset = UNSET
    image: None | str | Unset = UNSET
    timeout_seconds: int | None | Unset = UNSET
    set_as_current: bool | Unset = True

    def to_dict(self) -> dict[str, Any]:
        from ..models.remote_build_archive_source import RemoteBuildArchiveSource  # noqa: PLC0415

        source: dict[str, Any]
        if isinstance(self.source, RemoteBuildArchiveSource):
            source = self.source.to_dict()
        else:
            source = self.source.to_dict()

        config = self.config.to_dict()

        clean_build = self.clean_build

        version: None | str | Unset
        if isinstance(self.version, Unset):
            version = UNSET
        else:
            version = self.version

        image: None | str | Unset
        if isinstance(self.image, Unset):
            image = UNSET
        else:
            image = self.image

        timeout_seconds: int | None | Unset
        if isinstance(self.timeout_seconds, Unset):
            timeout_seconds = UNSET
        else:
            timeout_seconds = self.timeout_seconds

        set_as_current = self.set_as_current

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "source": source,
                "config": config,
            }
        )
        if clean_build is not UNSET:
            field_dict["clean_build"] = clean_build
        if version is not UNSET:
            field_dict["version"] = version
        if image is not UNSET:
            field_dict["image"] = image
        if timeout_seconds is not UNSET:
            field_dict["timeout_seconds"] = timeout_seconds
        if set_as_current is not UNSET:
            field_dict["set_as_current"] = set_as_current

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.build_config import BuildConfig  # noqa: PLC0415
        from ..models.remote_build_archive_source import RemoteBuildArchiveSource  # noqa: PLC0415
        from ..models.remote_build_git_source import RemoteBuildGitSource  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_source(data: object) -> RemoteBuildArchiveSource | RemoteBuildGitSource:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                source_type_0 = RemoteBuildArchiveSource.from_dict(data)

                return source_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            source_type_1 = RemoteBuildGitSource.from_dict(data)

            return source_type_1

        source = _parse_source(d.pop("source"))

        config = BuildConfig.from_dict(d.pop("config"))

        clean_build = d.pop("clean_build", UNSET)

        def _parse_version(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        version = _parse_version(d.pop("version", UNSET))

        def _parse_image(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        image = _parse_image(d.pop("image", UNSET))

        def _parse_timeout_seconds(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        timeout_seconds = _parse_timeout_seconds(d.pop("timeout_seconds", UNSET))

        set_as_current = d.pop("set_as_current", UNSET)

        remote_build_request = cls(
            source=source,
            config=config,
            clean_build=clean_build,
            version=version,
            image=image,
            timeout_seconds=timeout_seconds,
            set_as_current=set_as_current,
        )

        return remote_build_request
