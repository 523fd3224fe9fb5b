"""What the tests of running a programme share: a programme with a round under way,
and a member of the programme staff signed in."""

import datetime

import pytest
from django.contrib.auth.models import Group
from django.utils import timezone

from courses.models import ProgrammeIndexPage
from editorial import roles
from tests.factories import ModulePageFactory, ProgrammePageFactory, session

TODAY = timezone.localdate()
DAY = datetime.timedelta(days=1)


@pytest.fixture
def programme():
    """A programme whose round 1 is under way (two sessions held, one to come) and
    whose round 2 starts next year; 60 % of a round's sessions complete it."""
    index = ProgrammeIndexPage.objects.get(locale__language_code="sv")
    programme = ProgrammePageFactory(
        parent=index,
        slug="testprogram",
        title="Testprogrammet",
        completion_share=60,
        rounds=[
            ("round", {"name": "Omgång 1", "starts": TODAY - 30 * DAY, "ends": TODAY + 60 * DAY}),
            ("round", {"name": "Omgång 2", "starts": TODAY + 365 * DAY, "ends": TODAY + 700 * DAY}),
        ],
    )
    ModulePageFactory(
        parent=programme,
        title="Stadens organisation",
        sessions=[
            session("Hur staden styrs", TODAY - 20 * DAY, "09:30", "15:30"),
            session("Nämnder och förvaltningar", TODAY - 10 * DAY, "09:30", "15:30"),
            session("Studiebesök i stadshuset", TODAY + 10 * DAY, "09:30", "15:30"),
            session("Nästa år", TODAY + 400 * DAY, "09:30", "15:30"),
        ],
    )
    return programme


@pytest.fixture
def staff(client, django_user_model):
    user = django_user_model.objects.create_user("programstab", "", "x")
    user.groups.add(Group.objects.get(name=roles.PROGRAMME_STAFF))
    client.force_login(user)
    return user
