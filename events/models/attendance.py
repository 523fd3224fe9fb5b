"""How many came to each forum: kept after the registrations are deleted, as a figure."""

from django.db import models
from django.db.models import Count, Q, Sum
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
    # Per co-hosting association whose link people registered through (its slug):
    # {"registrations": n, "people": n, "came": n}.
    by_association = models.JSONField(default=dict, editable=False)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("forum attendance")
        verbose_name_plural = _("forum attendance")

    def __str__(self):
        return f"{self.total}"

    @property
    def total(self):
        return self.checked_in + self.walk_ins

    @classmethod
    def recount(cls, event_key, registrations, walk_ins=None):
        """Count a forum's ``registrations`` (every language version's) again, and set
        ``walk_ins`` if given; called in the transaction of each change (a registration,
        a cancel, a check-in). Returns the saved record."""
        record, _created = cls.objects.select_for_update().get_or_create(event_key=event_key)
        # "confirmed": events.models.registrations.Registration.Status.CONFIRMED
        confirmed = registrations.filter(status="confirmed")
        record.registered = confirmed.aggregate(n=Sum("people"))["n"] or 0
        # Someone from the waiting list who came anyway counts as come.
        came = registrations.filter(checked_in_at__isnull=False)
        record.checked_in = came.aggregate(n=Sum("people"))["n"] or 0
        if walk_ins is not None:
            record.walk_ins = walk_ins
        record.by_association = through_associations(registrations)
        record.save()
        return record


def through_associations(registrations):
    """{association slug: {"registrations", "people", "came"}} for the registrations made
    through a co-hosting association's link."""
    rows = (
        registrations.exclude(via="")
        .values("via")
        .annotate(
            n_registrations=Count("pk"),
            n_people=Sum("people"),
            n_came=Sum("people", filter=Q(checked_in_at__isnull=False), default=0),
        )
        .order_by("via")
    )
    return {
        row["via"]: {key: row[f"n_{key}"] for key in ("registrations", "people", "came")}
        for row in rows
    }
