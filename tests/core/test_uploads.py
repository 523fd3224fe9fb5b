"""Editors cannot upload a document past the size limit; a smaller one is kept."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from django.urls import reverse
from wagtail.documents import get_document_model

pytestmark = pytest.mark.django_db


def upload(client, name, size):
    return client.post(
        reverse("wagtaildocs:add"),
        {"title": name, "file": SimpleUploadedFile(f"{name}.txt", b"x" * size), "collection": 1},
    )


def test_the_limit_is_twenty_megabytes(settings):
    assert settings.WAGTAILDOCS_MAX_UPLOAD_SIZE == 20 * 1024 * 1024


@override_settings(WAGTAILDOCS_MAX_UPLOAD_SIZE=1024)
def test_a_document_over_the_limit_is_refused_with_the_reason(admin_client):
    Document = get_document_model()
    before = Document.objects.count()

    too_big = upload(admin_client, "for-stor", 1025)

    assert too_big.status_code == 200  # the form again, with the error
    assert "too big" in too_big.text or "för stor" in too_big.text
    assert Document.objects.count() == before
    assert upload(admin_client, "lagom", 1024).status_code == 302
    assert Document.objects.count() == before + 1
