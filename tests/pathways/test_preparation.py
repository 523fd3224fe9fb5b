"""A forum's preparation view: the district's and theme's earlier forums and where their
questions stand, the registrants' needs without names, what readers say of the theme's
guides, and what people searched for in vain in the forum's languages."""

import datetime

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils import timezone

from contacts.models import CityContact
from editorial import roles
from events.models import EventIndexPage, EventPage
from guides.models import GuidePage, PageFeedback
from search.models import QueryCount
from tests.factories import EventPageFactory, RegistrationFactory

pytestmark = pytest.mark.django_db

FORUM = "demokrati-och-val-sa-kan-du-paverka"
GUIDE = "sa-paverkar-du-i-din-stadsdel"


@pytest.fixture
def forum():
    return EventPage.objects.get(slug=FORUM)


@pytest.fixture
def organiser(client, django_user_model):
    user = django_user_model.objects.create_user("forberedare", "", "x")
    user.groups.add(Group.objects.get(name=roles.EVENT_ORGANISERS))
    client.force_login(user)
    return user


def test_the_organisers_see_what_the_portal_knows_before_the_forum(client, forum, organiser):
    unit = CityContact.objects.get(reference="valnamnden", locale__language_code="sv")
    start = timezone.now() - datetime.timedelta(days=100)
    EventPageFactory(
        parent=EventIndexPage.objects.get(locale__language_code="sv"),
        slug="tidigare-demokratiforum",
        title="Tidigare demokratiforum",
        theme=forum.theme,
        start=start,
        end=start + datetime.timedelta(hours=2),
        questions=[
            (
                "question",
                {
                    "question": "Får jag rösta?",
                    "status": "answered",
                    "unit": unit,
                    "answer": "<p>Ja.</p>",
                },
            ),
            (
                "question",
                {
                    "question": "Kan valsedlarna finnas på somaliska?",
                    "status": "open",
                    "unit": unit,
                    "answer": "",
                },
            ),
        ],
    )
    RegistrationFactory(event=forum, people=2, language_needs="tolk till somaliska")
    RegistrationFactory(event=forum, people=1, language_needs="Tolk till somaliska ")
    RegistrationFactory(event=forum, accessibility_needs="Rullstolsplats, tack")
    guide = GuidePage.objects.get(slug=GUIDE, locale__language_code="sv")
    for helpful in (True, True, False):
        PageFeedback.objects.create(page=guide, language="sv", helpful=helpful, comment="")
    QueryCount.record("valsedel somaliska", "so", found=False)
    QueryCount.record("rösta", "sv", found=True)

    page = client.get(reverse("forum_preparation", args=[forum.pk])).text

    past = page.split('id="past-title"')[1].split("</section>")[0]
    assert "Tidigare demokratiforum" in past
    assert "Kan valsedlarna finnas på somaliska?" in past
    assert "Öppen: vi tar reda på svaret" in past and unit.name in past
    needs = page.split('id="needs-title"')[1].split("</section>")[0]
    assert "Tolk till somaliska: 3 personer" in needs
    assert "Rullstolsplats, tack" in needs
    assert "Deltagare" not in needs  # no names
    guides = page.split('id="guides-title"')[1].split("</section>")[0]
    assert guide.title in guides and "2 tyckte att den hjälpte, 1 tyckte inte det." in guides
    searches = page.split('id="searches-title"')[1].split("</section>")[0]
    assert "valsedel somaliska" in searches and "rösta" not in searches


@pytest.mark.parametrize("role", [roles.PROGRAMME_STAFF, roles.EDITORS, roles.TRANSLATORS["ar"]])
def test_only_organisers_prepare_forums(client, django_user_model, forum, role):
    user = django_user_model.objects.create_user("annan", "", "x")
    user.groups.add(Group.objects.get(name=role))
    client.force_login(user)

    response = client.get(reverse("forum_preparation", args=[forum.pk]))

    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_home")
