"""Graduates as informants: joining with their consent, staying on, leaving, what they
report, and the news staff send them.

A graduate (a participant with a certificate) joins from their own page. Being an
informant and the weekly e-mail about new forums are asked for separately: the second is
a forum alert (events.subscriptions), confirmed at once since the graduate came from the
link the city e-mailed them. Every news e-mail carries a one-click way to leave.
"""

import datetime

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import transaction
from django.db.models import Count
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext

from courses.models import Participant
from events.models import ForumSubscription
from outbox.sending import message_url, one_click_unsubscribe, queue
from pathways.models import Informant, InformantNews, InformantReport
from taxonomy.models import District, Language, Theme


def graduate(token):
    """The participant with this token if they have a certificate, else None."""
    return (
        Participant.objects.select_related("application")
        .exclude(certificate_code="")
        .filter(token=token)
        .first()
    )


def informant_url(informant, name="informant"):
    with translation.override(informant.language):
        return message_url(reverse(name, args=[informant.token]))


def _swedish(model, keys):
    return model.objects.filter(translation_key__in=keys, locale__language_code="sv")


@transaction.atomic
def join(participant, data, language):
    """Make the graduate ``participant`` an informant (once), and sign them up for the
    forum alerts if they asked; queue the e-mail with the link to their page."""
    existing = Informant.objects.filter(participant=participant).first()
    if existing is not None:
        return existing
    application = participant.application
    now = timezone.now()
    informant = Informant.objects.create(
        name=application.name,
        email=application.email,
        language=language,
        programme_key=participant.programme_key,
        participant=participant,
        consented_at=now,
    )
    informant.districts.set(_swedish(District, data["district_keys"]))
    informant.languages.set(_swedish(Language, data["language_keys"]))
    if data.get("forum_alerts"):
        subscription = ForumSubscription.objects.create(
            email=application.email, language=language, confirmed_at=now, covered_until=now
        )
        subscription.districts.set(informant.districts.all())
    with translation.override(language):
        subject = gettext("You are an informant for the City of Stockholm")
        body = render_to_string(
            "pathways/email/informant_welcome.txt",
            {
                "name": informant.name,
                "url": informant_url(informant),
                "forum_alerts": bool(data.get("forum_alerts")),
            },
        )
    queue(EmailMessage(subject, body, to=[informant.email]), about=informant, purpose="welcome")
    return informant


def stay(informant):
    """The informant says they stay: their data is kept for another period from now."""
    informant.consented_at = timezone.now()
    Informant.objects.filter(pk=informant.pk).update(consented_at=informant.consented_at)


def keep_until(informant):
    return (
        informant.consented_at + datetime.timedelta(days=settings.PORTAL_INFORMANT_RETENTION_DAYS)
    ).date()


def leave(informant):
    """Delete the informant and the news e-mails to them still in the outbox. Their
    reports stay: they never named them."""
    informant.delete()


def report(data, language):
    return InformantReport.objects.create(
        district=_swedish(District, [data["district_key"]]).get(),
        theme=_swedish(Theme, [data["theme_key"]]).first() if data["theme_key"] else None,
        text=data["text"].strip(),
        language=language,
        # The day only: with no informant on it, a report cannot be traced to its writer.
        created_on=timezone.localdate(),
    )


def recipients(district=None, spoken=None):
    """The informants of ``district`` (any, if None) who speak ``spoken`` (any)."""
    informants = Informant.objects.all()
    if district is not None:
        informants = informants.filter(districts__translation_key=district.translation_key)
    if spoken is not None:
        informants = informants.filter(languages__translation_key=spoken.translation_key)
    return informants.distinct().order_by("pk")


@transaction.atomic
def send_news(form, user):
    """Queue the news in ``form`` (a valid NewsForm) to each of its informants, in their
    language where it was written in it, else in Swedish; returns the record."""
    data = form.cleaned_data
    versions = form.versions()
    chosen = list(recipients(data["district"], data["spoken"]))
    for informant in chosen:
        language = informant.language if informant.language in versions else "sv"
        subject, text = versions[language]
        leave_url = informant_url(informant, "informant_leave")
        with translation.override(language):
            body = render_to_string(
                "pathways/email/informant_news.txt",
                {"text": text, "page_url": informant_url(informant), "leave_url": leave_url},
            )
        email = EmailMessage(
            subject, body, to=[informant.email], headers=one_click_unsubscribe(leave_url)
        )
        queue(email, about=informant, purpose="news")
    return InformantNews.objects.create(
        subject=data["subject_sv"],
        body=data["body_sv"],
        district=data["district"],
        spoken=data["spoken"],
        recipients=len(chosen),
        sent_by=user,
    )


def counts_by_district():
    """(district, how many informants) for every district with one, by name."""
    counts = dict(
        Informant.districts.through.objects.values("district")
        .annotate(informants=Count("informant"))
        .values_list("district", "informants")
    )
    districts = District.objects.filter(pk__in=counts).order_by("name")
    return [(district, counts[district.pk]) for district in districts]
