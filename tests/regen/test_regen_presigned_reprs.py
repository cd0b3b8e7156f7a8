"""Presigned-URL fields leave the generated models' reprs; everything else is untouched."""

from regen.presigned_reprs import hide_presigned_urls

MODEL = '''@_attrs_define
class BuildUploadSessionResponse:
    upload_id: str
    upload_url: str
    download_url: None | str | Unset = UNSET
    url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        upload_url = self.upload_url
'''


def test_presigned_fields_get_repr_false_and_keep_defaults() -> None:
    out = hide_presigned_urls("build_upload_session_response", MODEL)
    assert "    upload_url: str = _attrs_field(repr=False)\n" in out
    assert "    download_url: None | str | Unset = _attrs_field(default=UNSET, repr=False)\n" in out
    assert "    upload_id: str\n" in out
    assert "        upload_url = self.upload_url\n" in out  # method bodies are not fields


def test_plain_url_is_hidden_only_in_presigned_models() -> None:
    assert "    url: str = _attrs_field(repr=False)" in hide_presigned_urls("s3_presigned_url_response", MODEL)
    assert "    url: str\n" in hide_presigned_urls("app_response", MODEL)


def test_generated_upload_response_repr_hides_signature() -> None:
    from revyl_api.models import BuildUploadSessionResponse

    response = BuildUploadSessionResponse.from_dict({
        "upload_id": "0b7c3f0e-8f3a-4c43-9a57-5e0c2a6f9d11",
        "upload_url": "https://bucket.s3.amazonaws.com/k?X-Amz-Signature=deadbeef",
        "upload_expires_at": 1796000000,
        "content_type": "application/octet-stream",
    })
    assert "deadbeef" not in repr(response)
    assert response.upload_url.endswith("deadbeef")
