"""Choices the programme applications offer."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Source(models.TextChoices):
    """Where an applicant heard of the programme: the last step of the chain from a
    forum to the course, counted in the report from forum to course."""

    INVITATION = "invitation", _("An invitation after a forum")
    FORUM = "forum", _("A forum")
    ASSOCIATION = "association", _("An association or network")
    CITY = "city", _("Someone who works for the city")
    FRIENDS = "friends", _("Family, friends or neighbours")
    WEBSITE = "website", _("This website")
    OTHER = "other", _("Somewhere else")


class Sector(models.TextChoices):
    """Where an applicant to the cross-sector course works or is active: the course takes
    as many from each."""

    CIVIL_SOCIETY = "civil-society", _("Civil society")
    PUBLIC = "public", _("Public sector")
    BUSINESS = "business", _("Business")
    ACADEMIA = "academia", _("Academia")
