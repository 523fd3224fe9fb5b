"""Each factory builds something real: pages that render and snippets the site shows."""

import pytest

from guides.models import RelatedGuide
from tests.factories import (
    CityContactFactory,
    ContactFinderPageFactory,
    DistrictFactory,
    EasyReadPageFactory,
    GuideIndexPageFactory,
    GuidePageFactory,
    InfluencePathFactory,
    InfluencePathsPageFactory,
    OrganisationPageFactory,
    PageFeedbackFactory,
    TopicFactory,
)

pytestmark = pytest.mark.django_db


def test_factory_made_section_guide_and_easy_read_version_render_and_link(client, home_pages):
    section = GuideIndexPageFactory(parent=home_pages["sv"], slug="fabrik")
    first = GuidePageFactory(parent=section, slug="forsta", title="Första guiden")
    second = GuidePageFactory(parent=section, slug="andra", title="Andra guiden")
    RelatedGuide.objects.create(page=first, guide=second)
    easy = EasyReadPageFactory(parent=first)
    PageFeedbackFactory(page=first)

    listing = client.get(section.url).content.decode()
    guide = client.get(first.url).content.decode()

    assert "Första guiden" in listing and "Andra guiden" in listing
    assert f'<a href="{second.url}">Andra guiden</a>' in guide
    assert f'<a href="{easy.url}" hreflang="sv">' in guide
    assert client.get(easy.url).status_code == 200
    assert first.feedback.count() == 1


def test_factory_made_diagram_paths_and_finder_render(client, home_pages):
    section = GuideIndexPageFactory(parent=home_pages["sv"], slug="fabrik-2")
    diagram = OrganisationPageFactory(parent=section, slug="schema")
    paths_page = InfluencePathsPageFactory(parent=section, slug="vagar")
    InfluencePathFactory(name="Skriv till nämnden", sort_order=99)
    district, topic = DistrictFactory(name="Testområdet"), TopicFactory(name="Testfrågan")
    CityContactFactory(name="Testkontoret", districts=[district], topics=[topic])
    other_home = (
        home_pages["sv"]
        .get_parent()
        .add_child(instance=home_pages["sv"].__class__(title="Annan", slug="annan", hero_text="x"))
    )
    finder = ContactFinderPageFactory(parent=other_home, slug="hitta")

    assert "Kommunfullmäktige" in client.get(diagram.url).content.decode()
    assert "Skriv till nämnden" in client.get(paths_page.url).content.decode()
    request = client.get("/sv/").wsgi_request
    request.GET = request.GET.copy()
    request.GET.update({"district": district.slug, "topic": topic.slug})
    response = finder.serve(request)
    response.render()
    assert "Testkontoret" in response.content.decode()
