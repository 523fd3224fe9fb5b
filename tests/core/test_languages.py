import pytest

from tests.conftest import LANGUAGES


@pytest.mark.parametrize(
    ("accept_language", "expected"),
    [
        ("ar,en;q=0.8", "/ar/"),
        ("fa-IR,fa;q=0.9", "/fa/"),
        ("so", "/so/"),
        ("fi-FI", "/fi/"),
        ("en-GB,en;q=0.9,sv;q=0.5", "/en/"),
        ("de-DE,de;q=0.9", "/sv/"),
        ("", "/sv/"),
    ],
)
def test_root_redirects_to_the_visitors_preferred_language(client, db, accept_language, expected):
    response = client.get("/", headers={"accept-language": accept_language})

    assert response.status_code == 302
    assert response["Location"] == expected
    assert "Accept-Language" in response["Vary"]


def test_somali_is_served_not_redirected(client, db):
    response = client.get("/so/")
    content = response.content.decode()

    assert response.status_code == 200
    assert '<html lang="so" dir="ltr">' in content
    # An interface string from our own Somali catalogue, not the English msgid.
    assert "Skip to main content" not in content


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_language_has_its_own_interface_strings(client, db, language):
    content = client.get(f"/{language}/").content.decode()
    if language == "en":
        assert "Skip to main content" in content
    else:
        assert "Skip to main content" not in content


@pytest.mark.parametrize("language", LANGUAGES)
def test_alternate_links_list_every_existing_translation(client, db, language):
    content = client.get(f"/{language}/").content.decode()

    for code in LANGUAGES:
        assert (
            f'<link rel="alternate" hreflang="{code}" href="http://testserver/{code}/">' in content
        )
