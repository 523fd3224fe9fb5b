"""Every page type can be created by an editor in the admin and renders in every language."""

import pytest
from django.urls import reverse
from wagtail.models import Page
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from home.models import HomePage, InformationPage
from tests.conftest import LANGUAGES, RTL_LANGUAGES

PAGE_TYPES = {
    InformationPage: lambda home: (
        home,
        {
            "title": "Testsida",
            "slug": "testsida",
            "intro": "Kort sammanfattning.",
            "body": streamfield(
                [
                    ("heading", {"text": "En rubrik", "level": "h2"}),
                    ("paragraph", rich_text("<p>Brödtext.</p>")),
                    ("notice", {"heading": "Viktigt", "text": rich_text("<p>Obs!</p>")}),
                ]
            ),
        },
    ),
    HomePage: lambda home: (
        home.get_parent(),
        {"title": "Ny startsida", "slug": "ny-start", "hero_text": "Välkommen hit."},
    ),
}


@pytest.fixture
def editor(client, django_user_model):
    user = django_user_model.objects.create_superuser("editor", "", "password")
    client.force_login(user)
    return user


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("model", PAGE_TYPES, ids=lambda model: model.__name__)
def test_editor_creates_page_in_admin_and_it_renders(client, editor, home_pages, model, language):
    parent, fields = PAGE_TYPES[model](home_pages[language])
    add_url = reverse(
        "wagtailadmin_pages:add", args=(model._meta.app_label, model._meta.model_name, parent.id)
    )
    if parent.depth == 1:
        add_url += f"?locale={language}"

    assert client.get(add_url).status_code == 200
    response = client.post(add_url, nested_form_data({**fields, "action-publish": "publish"}))

    assert response.status_code == 302, response.content.decode()[:2000]
    page = model.objects.get(slug=fields["slug"], locale__language_code=language)
    assert page.live
    if model is HomePage:
        # A second home page is not reachable from the site; render it directly.
        response = page.serve(client.get(f"/{language}/").wsgi_request)
        response.render()
    else:
        response = client.get(page.url)
    content = response.content.decode()
    assert response.status_code == 200
    assert f'<html lang="{language}" dir="{"rtl" if language in RTL_LANGUAGES else "ltr"}">' in (
        content
    )
    assert f"<h1>{fields['title']}</h1>" in content
    assert Page.objects.filter(depth=2, locale__language_code=language).count() == (
        2 if model is HomePage else 1
    )
