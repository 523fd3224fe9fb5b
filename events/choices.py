"""Choices the forum pages offer editors."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class EventStatus(models.TextChoices):
    SCHEDULED = "scheduled", _("Takes place as planned")
    MOVED = "moved", _("Moved to another time or place")
    CANCELLED = "cancelled", _("Cancelled")


class QuestionStatus(models.TextChoices):
    """Where a question asked at a forum stands."""

    ANSWERED = "answered", _("Answered")
    PASSED_ON = "passed_on", _("Passed on to the unit that owns it")
    OPEN = "open", _("Open: we are finding out")
