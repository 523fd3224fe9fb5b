"""Certificates (intyg): given to a participant who has completed the programme, as a
PDF made on the server in their language and in Swedish, with a code that a public page
confirms (name, programme and date, nothing more)."""

import secrets

from django.db import transaction
from django.urls import reverse
from django.utils import formats, timezone, translation
from django.utils.translation import gettext

from courses import rounds
from courses.models import Participant, Project, SessionAttendance
from outbox.sending import message_url
from printing.pdf import Line, Page, document
from printing.qr import qr_png

# No 0/O, 1/I/L: a code read aloud or typed from paper.
ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
LENGTH = 10


def new_code():
    return "".join(secrets.choice(ALPHABET) for _ in range(LENGTH))


def shown(code):
    """A code as printed: two groups of five."""
    return f"{code[:5]}-{code[5:]}"


def well_formed(code):
    """Whether ``code`` (as typed() gives it) could be a certificate's code."""
    return len(code) == LENGTH and all(character in ALPHABET for character in code)


def typed(text):
    """The code someone typed, as stored: no spaces or dashes, upper case."""
    return "".join(text.split()).replace("-", "").upper()


@transaction.atomic
def settle(programme, round_sessions, participants):
    """Give a certificate to each of ``participants`` (of the round whose sessions are
    ``round_sessions``) who has completed the programme and has none, and take it back
    from anyone who no longer has (their attendance or project report corrected).
    Returns how many were given."""
    came = {participant.pk: [] for participant in participants}
    for participant_id, session_id in SessionAttendance.objects.filter(
        participant_id__in=came
    ).values_list("participant_id", "session_id"):
        came[participant_id].append(session_id)
    reported = set()
    if programme.requires_project_report:
        reported = set(
            Project.objects.filter(participant_id__in=came, reported_on__isnull=False).values_list(
                "participant_id", flat=True
            )
        )
    given = 0
    for participant in participants:
        done = rounds.completion(
            came[participant.pk], round_sessions, programme, participant.pk in reported
        ).complete
        if done and not participant.certificate_code:
            participant.certificate_code = _free_code()
            participant.certified_on = timezone.localdate()
            participant.save(update_fields=["certificate_code", "certified_on"])
            given += 1
        elif not done and participant.certificate_code:
            participant.certificate_code, participant.certified_on = "", None
            participant.save(update_fields=["certificate_code", "certified_on"])
    return given


def _free_code():
    while True:
        code = new_code()
        if not Participant.objects.filter(certificate_code=code).exists():
            return code


def verify_url(code, language):
    with translation.override(language):
        return message_url(reverse("certificate", args=[code]))


def pdf(participant):
    """The certificate of ``participant``: a page in their language, then one in Swedish
    (one page when that is Swedish)."""
    application = participant.application
    languages = [application.language, "sv"] if application.language != "sv" else ["sv"]
    pages = []
    for language in languages:
        programme = rounds.programme_in(participant.programme_key, language)
        round_ = rounds.round_by_id(programme, participant.round_id)
        with translation.override(language):
            date = formats.date_format(participant.certified_on, "DATE_FORMAT")
            url = verify_url(participant.certificate_code, language)
            lines = [
                Line(gettext("City of Stockholm"), size=11, gap=0),
                Line(gettext("Certificate"), size=28, bold=True, gap=18),
                Line(gettext("This certifies that"), gap=14),
                Line(application.name, size=18, bold=True, gap=4),
                Line(gettext("has completed"), gap=8),
                Line(programme.title, size=16, bold=True, gap=4),
            ]
            if round_:
                lines.append(Line(round_.name, gap=3))
            lines += [
                Line(gettext("Date: %(date)s") % {"date": date}, gap=14),
                Line(
                    gettext("Certificate code: %(code)s")
                    % {"code": shown(participant.certificate_code)},
                    gap=10,
                ),
                Line(gettext("Check the certificate at:"), size=10, gap=3),
                Line(url, size=10, gap=1),
            ]
        pages.append(Page(language, lines, qr_png(url, scale=4)))
    with translation.override(languages[0]):
        title = gettext("Certificate")
    return document(title, pages)
