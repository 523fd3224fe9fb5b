"""A picture in a guide costs a phone on little data only what its screen needs."""

import re
from io import BytesIO

import pytest
from django.core.files.base import ContentFile
from django.test import override_settings
from PIL import Image as PILImage
from wagtail.images import get_image_model

from guides.models import GuidePage
from tests.factories import GuidePageFactory

pytestmark = [pytest.mark.django_db, pytest.mark.heavy]
ALT = "Tio personer runt ett bord"


@pytest.fixture
def guide_with_a_picture(tmp_path):
    with override_settings(MEDIA_ROOT=tmp_path):
        picture = BytesIO()
        # Noise, so the photograph weighs what a photograph weighs.
        PILImage.effect_noise((1600, 1200), 60).convert("RGB").save(picture, "JPEG")
        image = get_image_model().objects.create(
            title="Årsmöte i Rinkeby (exempel)",
            file=ContentFile(picture.getvalue(), "arsmote.jpg"),
            width=1600,
            height=1200,
        )
        section = GuidePage.objects.filter(locale__language_code="sv").first().get_parent()
        body = [
            {
                "type": "image",
                "value": {"image": image.pk, "alt_text": ALT, "caption": ""},
            }
        ]
        yield GuidePageFactory(parent=section, title="Guide med bild", body=body)


def test_the_picture_offers_avif_and_webp_in_three_widths_and_the_smallest_is_light(
    client, guide_with_a_picture, tmp_path
):
    page = client.get(guide_with_a_picture.url).content.decode()

    picture = re.search(r"<picture>.*?</picture>", page, re.S)[0]
    assert re.findall(r'type="(image/[a-z]+)"', picture) == ["image/avif", "image/webp"]
    srcsets = re.findall(r'srcset="([^"]+)"', picture)
    assert len(srcsets) == 3  # AVIF, WebP, and the JPEG of the <img> itself
    for srcset in srcsets:
        widths = [candidate.split()[1] for candidate in srcset.split(", ")]
        assert widths == ["400w", "800w", "1200w"]
    assert 'sizes="(max-width: 50rem) 100vw, 50rem"' in picture
    img = re.search(r"<img [^>]+>", picture)[0]
    assert f'alt="{ALT}"' in img
    assert 'loading="lazy"' in img

    # The file a phone picks first is served, and weighs a fraction of the original.
    webp = re.search(r'srcset="([^ "]+) 400w[^"]*" type="image/webp"', picture)[1]
    with override_settings(MEDIA_ROOT=tmp_path):
        response = client.get(webp)
        body = b"".join(response.streaming_content)
    assert response.status_code == 200
    assert response["Content-Type"] == "image/webp"
    assert response["Cache-Control"] == "public, max-age=86400"
    assert PILImage.open(BytesIO(body)).size == (400, 300)
    original = (tmp_path / "original_images" / "arsmote.jpg").stat().st_size
    assert len(body) < original / 5
