"""How many came to each forum: kept after the registrations are deleted, as a figure."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class ForumAttendance(models.Model):
    """Who came to a forum, in numbers, over every language version: the people checked
    in at the door (events.checkin) and those who came without registering.

    It holds no personal data, so it stays when the registrations go; the past forum's
    page shows it.
    """

    event_key = models.UUIDField(unique=True, editable=False)
    registered = models.PositiveIntegerField(
        _("people registered"),
        default=0,
        help_text=_("People with a place, counted when the last person was checked in."),
    )
    checked_in = models.PositiveIntegerField(
        _("registered people who came"),
        default=0,
        help_text=_("People checked in at the door with their registration."),
    )
    walk_ins = models.PositiveIntegerField(
        _("came without registering"),
        default=0,
        help_text=_("People who came without registering, counted at the door."),
    )
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("forum attendance")
        verbose_name_plural = _("forum attendance")

    def __str__(self):
        return f"{self.total}"

    @property
    def total(self):
        return self.checked_in + self.walk_ins
