"""Choices the forum pages offer editors."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class EventStatus(models.TextChoices):
    SCHEDULED = "scheduled", _("Takes place as planned")
    MOVED = "moved", _("Moved to another time or place")
    CANCELLED = "cancelled", _("Cancelled")
