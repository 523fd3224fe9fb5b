import datetime
import signal
import threading
import time

from django.conf import settings
from django.core.cache import cache
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.utils import timezone

# (command, every so many seconds) or (command, daily at this Stockholm time).
EVERY = {
    # Pages whose go-live or expiry time has come (a forum that expires leaves "upcoming").
    "publish_scheduled": settings.PORTAL_PUBLISH_SCHEDULED_SECONDS,
    # E-mails whose task was lost (the worker stopped with it in hand, a restore).
    "sweep_outbox": 5 * 60,
    # Reminders before forums, and notices of forums moved or cancelled.
    "notify_forum_registrants": 60,
}
DAILY = {
    # The weekly e-mail about new forums, for each subscription on its own weekday.
    "send_forum_digest": (["send_forum_digest"], datetime.time(7, 0)),
    # Mentor and participant reminded of a check-in a week before it.
    "remind_check_ins": (["remind_check_ins"], datetime.time(9, 0)),
    # The surveys of rounds that ended yesterday, or a year ago.
    "send_surveys": (["send_surveys"], datetime.time(10, 0)),
    # Personal data kept as long as the privacy page says, and no longer.
    "enforce_retention": (["enforce_retention"], datetime.time(3, 15)),
    # Finished tasks (message and page numbers) of each backend kept in the database,
    # 14 days after they ran.
    **{
        f"prune_tasks_{alias}": (
            ["prune_db_task_results", "--backend", alias, "--queue-name", "*"],
            datetime.time(3, 30),
        )
        for alias, backend in settings.TASKS.items()
        if backend["BACKEND"] == "django_tasks_db.DatabaseBackend"
    },
}


def due_daily(name, at, now):
    """Whether ``name`` has not run today and ``at`` has passed, by the record in the cache
    (so a restarted scheduler neither skips a day nor runs the job twice)."""
    today = timezone.localdate(now)
    if timezone.localtime(now).time() < at:
        return False
    return cache.get(f"operations:scheduler:{name}") != today.isoformat()


class Command(BaseCommand):
    help = (
        "Run the portal's recurring commands: scheduled publishing and forum reminders "
        "and notices every minute, the outbox sweep every five minutes, the retention "
        "commands daily at 03:15, the pruning of finished tasks at 03:30, the forum "
        "digests at 07:00 and the mentors' check-in reminders at 09:00. Run exactly "
        "one scheduler for a whole installation."
    )

    def add_arguments(self, parser):
        parser.add_argument("--once", action="store_true", help="Run what is due, then stop.")

    def handle(self, *args, once, **options):
        tick = min(5.0, *EVERY.values())
        stopping = threading.Event()

        def stop(signum, frame):
            stopping.set()

        signal.signal(signal.SIGINT, stop)
        signal.signal(signal.SIGTERM, stop)
        last = {}
        self.stdout.write("Scheduler running.", self.style.SUCCESS)
        while not stopping.is_set():
            now = timezone.now()
            for name, seconds in EVERY.items():
                if time.monotonic() - last.get(name, -seconds) >= seconds:
                    last[name] = time.monotonic()
                    self.run([name])
            for name, (command, at) in DAILY.items():
                try:
                    due = due_daily(name, at, now)
                except Exception as error:  # no cache: try again at the next tick
                    self.stderr.write(f"{name}: cannot tell if due ({type(error).__name__})")
                    continue
                if due and self.run(command):
                    today = timezone.localdate(now).isoformat()
                    cache.set(f"operations:scheduler:{name}", today, 2 * 86400)
            if once:
                break
            stopping.wait(tick)
        self.stdout.write("Scheduler stopped.")

    def run(self, command):
        try:
            call_command(*command, stdout=self.stdout, stderr=self.stderr)
        except Exception as error:  # one failing job must not stop the others
            self.stderr.write(f"{command[0]} failed: {type(error).__name__}: {error}")
            return False
        return True
