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


class SurveyKind(models.TextChoices):
    """The two surveys each participant of a round gets."""

    END = "end", _("At the end of the round")
    FOLLOW_UP = "follow-up", _("A year after the round")


class Agreement(models.IntegerChoices):
    """How much a participant agrees with a statement in a survey."""

    STRONGLY_DISAGREE = 1, _("Do not agree at all")
    DISAGREE = 2, _("Agree a little")
    NEUTRAL = 3, _("Partly agree")
    AGREE = 4, _("Mostly agree")
    STRONGLY_AGREE = 5, _("Fully agree")
