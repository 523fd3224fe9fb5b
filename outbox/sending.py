"""Putting e-mails (and text messages, outbox.sms) in the outbox and delivering them
from the worker.

``queue()`` stores a message and enqueues its ``deliver`` task on the e-mail task
backend (``TASKS["mail"]``, django-tasks-db). That backend keeps its tasks in the same
database, so the task is written in the caller's transaction: the worker sees it only
once the transaction commits, and a rolled-back registration leaves neither message
nor task behind. The task sends through the real mailer, with the row locked so two
workers never send one message twice, and on failure tries again later with
exponential backoff until it gives up.
"""

import base64
import datetime
import logging

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.mail import EmailMessage, EmailMultiAlternatives, mailers, make_msgid
from django.db import transaction
from django.tasks import TaskResultStatus, task, task_backends
from django.utils import timezone
from django_tasks_db import DatabaseBackend
from django_tasks_db.models import DBTaskResult

from outbox import sms
from outbox.models import Message
from outbox.signals import delivered

logger = logging.getLogger(__name__)

TASK_BACKEND = "mail"
QUEUE = "mail"


@transaction.atomic  # the message and its task, together or not at all
def queue(email, about=None, channel=Message.Channel.EMAIL, purpose=""):
    """Store ``email`` (an EmailMessage) for the worker to send; return the Message.

    A text message (queue_sms) comes as an EmailMessage too: its number in
    ``to``, its text as the body, its label as the subject."""
    headers = dict(email.extra_headers)
    # One Message-ID for every attempt, so a receiving server can tell a retry apart.
    headers.setdefault("Message-ID", make_msgid())
    attachments = []
    for name, content, mimetype in email.attachments:
        if isinstance(content, str):
            content = content.encode()
        attachments.append([name, base64.b64encode(content).decode("ascii"), mimetype])
    message = Message.objects.create(
        channel=channel,
        subject=email.subject,
        body=email.body,
        from_email=email.from_email or settings.DEFAULT_FROM_EMAIL,
        to=list(email.to),
        cc=list(email.cc),
        bcc=list(email.bcc),
        reply_to=list(email.reply_to),
        headers=headers,
        alternatives=[
            [content, mimetype] for content, mimetype in getattr(email, "alternatives", [])
        ],
        attachments=attachments,
        content_type=ContentType.objects.get_for_model(about) if about is not None else None,
        object_id=about.pk if about is not None else None,
        purpose=purpose,
    )
    _enqueue(message.pk)
    return message


def message_url(path):
    """A full address for a link in a message made without a request (by the scheduler,
    the worker or a command): the site's address from WAGTAILADMIN_BASE_URL."""
    if path.startswith(("http://", "https://")):
        return path
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def one_click_unsubscribe(url):
    """Headers that have mail programs offer "unsubscribe" by one click that posts to
    ``url`` (RFC 2369 and RFC 8058)."""
    return {"List-Unsubscribe": f"<{url}>", "List-Unsubscribe-Post": "List-Unsubscribe=One-Click"}


def queue_sms(to, text, label, about=None, purpose=""):
    """Store a text message for the worker to send to the phone number ``to``; returns
    the outbox Message, or None with SMS turned off. ``label`` names it in the outbox
    list (no number, no link: the list is for administrators)."""
    if not sms.enabled():
        return None
    message = EmailMessage(label, text, to=[sms.e164(to)])
    return queue(message, about=about, channel=Message.Channel.SMS, purpose=purpose)


def _enqueue(pk, run_after=None):
    task_ = deliver.using(run_after=run_after) if run_after else deliver
    if isinstance(task_backends[TASK_BACKEND], DatabaseBackend):
        task_.enqueue(pk)  # written in this transaction, seen by the worker after commit
    else:
        transaction.on_commit(lambda: task_.enqueue(pk))


def sweep():
    """Enqueue again every queued message that no waiting or running task will send (the
    task was lost: deleted, or failed without recording its attempt); returns how many."""
    pending = set()
    for args_kwargs in DBTaskResult.objects.filter(
        task_path=deliver.module_path,
        status__in=[TaskResultStatus.READY, TaskResultStatus.RUNNING],
    ).values_list("args_kwargs", flat=True):
        pending.update(args_kwargs.get("args", [])[:1])
    lost = list(
        Message.objects.filter(status=Message.Status.QUEUED)
        .exclude(pk__in=pending)
        .values_list("pk", flat=True)
    )
    for pk in lost:
        with transaction.atomic():
            _enqueue(pk)
    if lost:
        logger.warning("%s queued e-mails had no task to send them; enqueued again", len(lost))
    return len(lost)


def backoff(attempts):
    """How long to wait after the ``attempts``-th failure: 1, 2, 4 … minutes, at most 4 h."""
    return datetime.timedelta(
        seconds=min(settings.OUTBOX_FIRST_RETRY * 2 ** (attempts - 1), 4 * 3600)
    )


def as_email(message):
    email = EmailMultiAlternatives(
        message.subject,
        message.body,
        message.from_email,
        message.to,
        bcc=message.bcc,
        cc=message.cc,
        reply_to=message.reply_to,
        headers=message.headers,
        alternatives=[tuple(pair) for pair in message.alternatives],
    )
    for name, content, mimetype in message.attachments:
        email.attach(name, base64.b64decode(content), mimetype)
    return email


@task(backend=TASK_BACKEND, queue_name=QUEUE)
def deliver(pk):
    """Send one queued message; on failure count the attempt and schedule the next."""
    with transaction.atomic():
        # Locked until the outcome is saved; a message another worker is sending
        # is skipped, and one already sent (or deleted with its subject) is done.
        message = (
            Message.objects.select_for_update(skip_locked=True)
            .filter(pk=pk, status=Message.Status.QUEUED)
            .first()
        )
        if message is None:
            return
        message.attempts += 1
        try:
            if message.channel == Message.Channel.SMS:
                sms.send(message.to[0], message.body)
            elif mailers[settings.OUTBOX_MAILER].send_messages([as_email(message)]) != 1:
                raise RuntimeError("the mailer sent nothing")
        except Exception as error:  # whatever the mail server does, the message is kept
            message.last_error = type(error).__name__[:100]
            if message.attempts >= settings.OUTBOX_MAX_ATTEMPTS:
                message.status = Message.Status.FAILED
                message.next_attempt_at = None
                logger.error(
                    "Message %s (%s) failed %s times (%s); giving up",
                    message.pk,
                    message.channel,
                    message.attempts,
                    message.last_error,
                )
            else:
                message.next_attempt_at = timezone.now() + backoff(message.attempts)
                _enqueue(message.pk, run_after=message.next_attempt_at)
                logger.warning(
                    "Message %s (%s) not sent (%s), attempt %s; next at %s",
                    message.pk,
                    message.channel,
                    message.last_error,
                    message.attempts,
                    message.next_attempt_at.isoformat(),
                )
        else:
            message.status = Message.Status.SENT
            message.sent_at = timezone.now()
            message.next_attempt_at = None
        message.save()
        if message.status == Message.Status.SENT:
            delivered.send(Message, message=message)
