"""Keep presigned URLs out of the generated models' reprs.

A presigned URL carries its signature in the query string, and attrs puts every field in
`repr()`: one logged or printed upload response would leak a usable credential. The URL
stays a normal field (readable, serialised); only `repr=False` is added.
"""

import re

# Fields that hold presigned object-store URLs in Revyl's responses.
PRESIGNED_FIELDS = ("upload_url", "download_url", "complete_url", "abort_url")
# Models whose plain `url` field is a presigned URL, recognised by their module name.
PRESIGNED_URL_MODULES = re.compile(r"presigned|download_url|upload")

_FIELD = re.compile(r"^    (?P<name>\w+): (?P<type>[^=\n]+?)(?P<default> = UNSET)?$", re.MULTILINE)


def hide_presigned_urls(module_name: str, source: str) -> str:
    """`source` of one generated model module, its presigned-URL fields out of repr."""
    names = set(PRESIGNED_FIELDS)
    if PRESIGNED_URL_MODULES.search(module_name):
        names.add("url")

    def hidden(match: re.Match[str]) -> str:
        if match["name"] not in names:
            return match[0]
        default = "default=UNSET, " if match["default"] else ""
        return f"    {match['name']}: {match['type']} = _attrs_field({default}repr=False)"

    return _FIELD.sub(hidden, source)
