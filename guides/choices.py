"""Choices shared by the guides' models and forms."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Audience(models.TextChoices):
    EVERYONE = "everyone", _("Everyone")
    RESIDENTS = "residents", _("Residents")
    ASSOCIATIONS = "associations", _("Associations")
