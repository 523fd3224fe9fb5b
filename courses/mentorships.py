"""Mentorships: staff match a participant with a mentor (an accepted offer to mentor) for
three years; mentor and participant meet every few months, the worker reminds both of
each meeting a week before (remind_check_ins, run daily by the scheduler), and either
records that it took place on their own page. E-mail goes through the outbox."""

import datetime

from django import forms
from django.conf import settings
from django.core.exceptions import ObjectDoesNotExist
from django.core.mail import EmailMessage
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.formats import date_format
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from courses import rounds
from courses.models import CheckIn, MentorOffer, Mentorship
from courses.participants import participant_url
from outbox.sending import message_url, queue

YEARS = 3


def mentorship_of(participant):
    """The participant's mentorship, or None before staff have matched them."""
    try:
        return participant.mentorship
    except ObjectDoesNotExist:
        return None


def add_months(day, months):
    """``day`` ``months`` later, on the month's last day when it has fewer days."""
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    for candidate in (day.day, 30, 29, 28):
        try:
            return datetime.date(year, month, min(day.day, candidate))
        except ValueError:
            continue
    raise ValueError(day)


def check_in_dates(starts_on, ends_on, months=None):
    """A check-in every ``months`` months after the start, up to the end."""
    months = months or settings.PORTAL_CHECK_IN_MONTHS
    found, n = [], 1
    while (day := add_months(starts_on, n * months)) <= ends_on:
        found.append(day)
        n += 1
    return found


@transaction.atomic
def match(participant, offer, starts_on, ends_on=None):
    """Make ``offer``'s mentor the participant's mentor from ``starts_on`` (three years
    unless ``ends_on``), with the check-ins planned. A changed start or end plans again
    the check-ins not yet held; those held stay, and a check-in still on its day keeps
    its reminder (saving the same dates again reminds nobody twice)."""
    ends_on = ends_on or add_months(starts_on, 12 * YEARS)
    mentorship, _created = Mentorship.objects.update_or_create(
        participant=participant,
        defaults={"offer": offer, "starts_on": starts_on, "ends_on": ends_on},
    )
    planned = set(check_in_dates(starts_on, ends_on))
    mentorship.check_ins.filter(held_on__isnull=True).exclude(due_on__in=planned).delete()
    existing = set(mentorship.check_ins.values_list("due_on", flat=True))
    CheckIn.objects.bulk_create(
        CheckIn(mentorship=mentorship, due_on=day) for day in sorted(planned - existing)
    )
    return mentorship


def next_check_in(mentorship):
    """The earliest check-in not recorded as held, or None."""
    return mentorship.check_ins.filter(held_on__isnull=True).order_by("due_on").first()


def record(check_in, held_on):
    check_in.held_on = held_on
    check_in.save(update_fields=["held_on"])


def mentor_url(mentorship, language):
    with translation.override(language):
        return message_url(reverse("mentorship", args=[mentorship.token]))


def _reminder(mentorship, check_in, to, language, name, other, url, programmes):
    key = (mentorship.participant.programme_key, language)
    if key not in programmes:
        programmes[key] = rounds.programme_in(*key)
    programme = programmes[key]
    with translation.override(language):
        subject = gettext("Time to meet: %(date)s") % {
            "date": date_format(check_in.due_on, "DATE_FORMAT"),
        }
        body = render_to_string(
            "courses/email/check_in.txt",
            {
                "name": name,
                "other": other,
                "programme": programme,
                "due_on": check_in.due_on,
                "url": url,
            },
        )
    return queue(EmailMessage(subject, body, to=[to]), about=mentorship, purpose="check-in")


def remind(today=None):
    """Remind mentor and participant of each check-in due within the notice (once), of
    mentorships still running. Returns how many check-ins they were reminded of."""
    today = today or timezone.localdate()
    due = (
        CheckIn.objects.filter(
            reminded_at__isnull=True,
            held_on__isnull=True,
            due_on__gte=today,
            due_on__lte=today + datetime.timedelta(days=settings.PORTAL_CHECK_IN_NOTICE_DAYS),
            mentorship__ends_on__gte=today,
        )
        .select_related("mentorship__offer", "mentorship__participant__application")
        .order_by("due_on")
    )
    count, programmes = 0, {}  # each programme read once per language
    for check_in in due:
        with transaction.atomic():
            mentorship = check_in.mentorship
            offer, application = mentorship.offer, mentorship.participant.application
            _reminder(
                mentorship,
                check_in,
                offer.email,
                offer.language,
                offer.name,
                application.name,
                mentor_url(mentorship, offer.language),
                programmes,
            )
            _reminder(
                mentorship,
                check_in,
                application.email,
                application.language,
                application.name,
                offer.name,
                participant_url(mentorship.participant),
                programmes,
            )
            check_in.reminded_at = timezone.now()
            check_in.save(update_fields=["reminded_at"])
        count += 1
    return count


class MatchForm(forms.Form):
    """Staff choose the participant's mentor among the accepted offers to mentor."""

    offer = forms.ModelChoiceField(
        label=_("Mentor"),
        queryset=MentorOffer.objects.none(),
        error_messages={"invalid_choice": _("Choose one of the mentors in the list.")},
        help_text=_("People whose offer to mentor was accepted."),
    )
    starts_on = forms.DateField(
        label=_("Starts"),
        widget=forms.DateInput(attrs={"type": "date"}),
        help_text=_("The mentorship lasts three years from this day."),
    )
    ends_on = forms.DateField(
        label=_("Ends"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
        help_text=_("Leave empty for three years. Set it to end the mentorship earlier."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["offer"].queryset = MentorOffer.objects.filter(
            status=MentorOffer.Status.ACCEPTED
        ).order_by("name")

    def clean(self):
        data = super().clean()
        starts, ends = data.get("starts_on"), data.get("ends_on")
        if starts and ends and ends < starts:
            self.add_error("ends_on", _("The end comes before the start."))
        return data


class CheckInForm(forms.Form):
    """Mentor or participant records that they met."""

    held_on = forms.DateField(
        label=_("We met on"),
        widget=forms.DateInput(attrs={"type": "date"}),
        error_messages={
            "required": _("Write the date you met."),
            "invalid": _("Write the date as year-month-day, such as 2027-03-15."),
        },
    )

    def clean_held_on(self):
        day = self.cleaned_data["held_on"]
        if day > timezone.localdate():
            raise forms.ValidationError(_("The date cannot be in the future."))
        return day
