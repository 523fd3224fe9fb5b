"""Checks on what residents and editors type that more than one subject uses."""

from django.core.validators import RegexValidator
from django.utils.translation import gettext_lazy as _

# A phone number as people write it: digits, spaces, hyphens and brackets, with an
# optional leading + (contacts' numbers, and those residents give when they sign up).
phone_validator = RegexValidator(
    r"^\+?[0-9][0-9 ()-]{4,28}[0-9]$",
    _("Enter a phone number with digits, spaces and hyphens, such as 08-508 00 508."),
)
