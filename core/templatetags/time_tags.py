"""The machine-readable form of a moment, for <time datetime>."""

import datetime

from django import template
from django.utils import timezone

register = template.Library()


@register.filter
def html_datetime(value):
    """An aware datetime in local time, to the second.

    HTML allows at most three digits of a second's fraction in a valid
    datetime string; Django's 'c' format writes Python's six.
    """
    if not isinstance(value, datetime.datetime):
        return ""
    if timezone.is_aware(value):
        value = timezone.localtime(value)
    return value.isoformat(timespec="seconds")
