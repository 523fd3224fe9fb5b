"""E-mail about new forums: signing up, confirming (double opt-in), the weekly digest in
the subscriber's language with its one-click unsubscribe, and unconfirmed sign-ups
deleted on their own schedule."""

import datetime

import pytest
from django.core import mail
from django.utils import timezone, translation
from django.utils.translation import gettext

from events.apps import purge_unconfirmed_subscriptions
from events.models import EventIndexPage, EventPage, ForumSubscription
from events.subscriptions import send_digests
from tests.conftest import translation_of

pytestmark = pytest.mark.django_db

SKARPNACK = "halsa-och-valmaende-i-skarpnack"


def sign_up(client, language, **data):
    index = EventIndexPage.objects.get(locale__language_code=language)
    response = client.post(
        f"/{language}/forum-alerts/{index.pk}/",
        {"email": "amal@example.com", "website": "", **data},
    )
    assert response.status_code == 303, response.content[:500]
    token = response["Location"].rstrip("/").rsplit("/", 1)[-1]
    return ForumSubscription.objects.get(token=token), response["Location"]


def test_signing_up_asks_for_confirmation_first(client, mail_worker):
    index = EventIndexPage.objects.get(locale__language_code="sv")
    page = client.get(f"{index.url}alerts/")
    assert page.status_code == 200 and 'name="districts"' in page.text

    subscription, location = sign_up(client, "sv", districts=["skarpnack"], themes=["halsa"])
    assert location == f"/sv/forum-alert/{subscription.token}/"
    mail_worker()

    assert subscription.confirmed_at is None
    assert [d.slug for d in subscription.districts.all()] == ["skarpnack"]
    [email] = mail.outbox
    assert email.subject == "Bekräfta: mejl om nya forum"
    confirm_page = f"http://testserver/sv/forum-alert/{subscription.token}/"
    assert confirm_page in email.body
    assert send_digests(now=timezone.now() + datetime.timedelta(days=8)) == 0  # not confirmed

    assert client.get(f"{confirm_page}confirm/").status_code == 302  # a GET changes nothing
    subscription.refresh_from_db()
    assert subscription.confirmed_at is None
    confirmed = client.post(f"{confirm_page}confirm/")
    assert confirmed.status_code == 200
    subscription.refresh_from_db()
    assert subscription.confirmed_at is not None


def test_a_bad_address_is_explained_and_nothing_is_saved(client):
    index = EventIndexPage.objects.get(locale__language_code="ar")
    response = client.post(
        f"/ar/forum-alerts/{index.pk}/", {"email": "inte-en-adress", "website": ""}
    )

    assert response.status_code == 400
    with translation.override("ar"):
        assert gettext("Write an e-mail address such as name@example.com.") in response.text
    assert not ForumSubscription.objects.exists()


def test_the_weekly_digest_is_in_the_subscribers_language_and_one_click_unsubscribes(
    client, mail_worker
):
    subscription, _location = sign_up(client, "ar", districts=["skarpnack"])
    client.post(f"/ar/forum-alert/{subscription.token}/confirm/")
    week_ago = timezone.now() - datetime.timedelta(days=8)
    ForumSubscription.objects.filter(pk=subscription.pk).update(covered_until=week_ago)
    EventPage.objects.filter(locale__language_code="sv").update(first_published_at=week_ago)
    EventPage.objects.filter(slug=SKARPNACK).update(first_published_at=timezone.now())
    EventPage.objects.filter(slug="halsa-och-valmaende-i-jarva").update(
        first_published_at=timezone.now()  # new, but in another district
    )
    mail_worker()
    mail.outbox.clear()

    assert send_digests() == 1
    assert send_digests() == 0  # not twice in a week
    mail_worker()

    [email] = mail.outbox
    arabic = translation_of(EventPage, SKARPNACK, "ar")
    jarva = translation_of(EventPage, "halsa-och-valmaende-i-jarva", "ar")
    with translation.override("ar"):
        assert email.subject == gettext("A new forum for you")
    assert arabic.title in email.body and jarva.title not in email.body
    assert f"http://testserver{arabic.url}" in email.body
    unsubscribe = f"http://testserver/ar/forum-alert/{subscription.token}/unsubscribe/"
    assert email.extra_headers["List-Unsubscribe"] == f"<{unsubscribe}>"
    assert email.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"

    # What a mail program sends for the one click (RFC 8058): a POST, no cookie.
    assert client.get(unsubscribe).status_code == 302
    assert ForumSubscription.objects.filter(pk=subscription.pk).exists()
    done = client.post(unsubscribe, {"List-Unsubscribe": "One-Click"})
    assert done.status_code == 200
    assert not ForumSubscription.objects.filter(pk=subscription.pk).exists()
    assert client.get(f"/ar/forum-alert/{subscription.token}/").status_code == 404


def test_unconfirmed_sign_ups_are_deleted_after_a_week(client):
    sign_up(client, "sv")  # never confirmed, a week old
    kept, _ = sign_up(client, "sv")
    confirmed, _ = sign_up(client, "sv")
    client.post(f"/sv/forum-alert/{confirmed.token}/confirm/")
    ForumSubscription.objects.exclude(pk=kept.pk).update(
        created_at=timezone.now() - datetime.timedelta(days=8)
    )

    assert purge_unconfirmed_subscriptions(timezone.now() - datetime.timedelta(days=7)) == 1
    assert set(ForumSubscription.objects.values_list("pk", flat=True)) == {kept.pk, confirmed.pk}
