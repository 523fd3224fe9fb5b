"""The scheduler runs what is due and the outbox sweep gives lost e-mails a task again."""

import datetime
import io
import zoneinfo

import pytest
from django.core import mail
from django.core.cache import cache
from django.core.mail import EmailMessage
from django.core.management import call_command
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from events.models import EventPage
from operations.management.commands.run_scheduler import due_daily
from outbox.models import Message
from outbox.sending import queue, sweep

pytestmark = pytest.mark.django_db
STOCKHOLM = zoneinfo.ZoneInfo("Europe/Stockholm")


def at(hour, minute=0):
    return datetime.datetime(2026, 3, 10, hour, minute, tzinfo=STOCKHOLM)


def test_a_daily_job_is_due_once_its_time_has_passed_until_it_has_run_that_day():
    cache.delete("operations:scheduler:enforce_retention")
    when = datetime.time(3, 15)

    assert not due_daily("enforce_retention", when, at(3, 14))
    assert due_daily("enforce_retention", when, at(3, 15))
    cache.set("operations:scheduler:enforce_retention", "2026-03-10")
    assert not due_daily("enforce_retention", when, at(23, 59))
    assert due_daily("enforce_retention", when, at(3, 15) + datetime.timedelta(days=1))


def test_one_pass_unpublishes_an_expired_forum_and_sweeps_the_outbox():
    forum = EventPage.objects.live().filter(locale__language_code="sv").first()
    EventPage.objects.filter(pk=forum.pk).update(
        expire_at=timezone.now() - datetime.timedelta(minutes=1)
    )
    output = io.StringIO()

    call_command("run_scheduler", "--once", stdout=output, stderr=output)

    forum.refresh_from_db()
    assert not forum.live and forum.expired
    assert "e-mails enqueued again" in output.getvalue()
    assert "failed" not in output.getvalue().replace("failed sign-ins", "")


def test_the_sweep_gives_a_lost_e_mail_a_task_and_leaves_a_waiting_one_alone(mail_worker):
    lost = queue(EmailMessage("Lost", "Body", to=["lost@example.com"]))
    waiting = queue(EmailMessage("Waiting", "Body", to=["waiting@example.com"]))
    DBTaskResult.objects.filter(args_kwargs__args=[lost.pk]).delete()

    assert sweep() == 1
    assert sweep() == 0  # now both have a task
    assert DBTaskResult.objects.filter(args_kwargs__args=[waiting.pk]).count() == 1

    mail_worker()
    assert sorted(message.subject for message in mail.outbox) == ["Lost", "Waiting"]
    assert set(Message.objects.values_list("status", flat=True)) == {Message.Status.SENT}
