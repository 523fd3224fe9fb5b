import os
import signal
import socket
import threading
import time

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import close_old_connections
from django.tasks import task_backends
from django_tasks_db import DatabaseBackend
from django_tasks_db.management.commands.db_worker import Worker

from operations import heartbeat


class Command(BaseCommand):
    help = (
        "Run the background tasks of every task backend kept in the database: e-mail, and "
        "in production also Wagtail's search and reference-index updates and the proxy "
        "purges. One thread per backend; a heartbeat in the shared cache for /healthz/. "
        "Stops after the task in hand on Ctrl-C or SIGTERM, and exits with an error when a "
        "backend's loop fails, for the supervisor to restart it."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--interval",
            type=float,
            default=settings.PORTAL_WORKER_POLL_SECONDS,
            help="Seconds between looks for new tasks (default: %(default)s).",
        )

    def handle(self, *args, interval, **options):
        names = [
            alias for alias in task_backends if isinstance(task_backends[alias], DatabaseBackend)
        ]
        host = socket.gethostname()[:40]
        workers = [
            Worker(
                queue_names=["*"],
                interval=interval,
                batch=False,
                backend_name=name,
                startup_delay=False,
                max_tasks=None,
                worker_id=f"{host}-{os.getpid()}-{name}"[:64],
                excluded_queue_names=[],
            )
            for name in names
        ]
        threads = [
            threading.Thread(target=self.work, args=(worker,), name=worker.backend_name)
            for worker in workers
        ]
        stopping = threading.Event()

        def stop(signum, frame):
            for worker in workers:
                worker.running = False
            stopping.set()

        signal.signal(signal.SIGINT, stop)
        signal.signal(signal.SIGTERM, stop)
        for thread in threads:
            thread.start()
        self.stdout.write(f"Task worker running for: {', '.join(names)}", self.style.SUCCESS)
        failed, next_beat = False, 0.0
        while not stopping.is_set():
            if not all(thread.is_alive() for thread in threads):
                # A backend's loop ended on an error (the database went away): stop the
                # others and exit, so that the supervisor starts a fresh worker.
                failed = True
                stop(None, None)
                break
            if time.monotonic() >= next_beat:
                next_beat = time.monotonic() + heartbeat.interval()
                try:
                    heartbeat.beat()
                except Exception as error:  # the cache being away must not stop the tasks
                    self.stderr.write(f"No heartbeat written: {type(error).__name__}")
            stopping.wait(min(0.5, heartbeat.interval()))
        for thread in threads:
            thread.join()
        if failed:
            raise CommandError("A task loop stopped on an error; the worker exits.")
        self.stdout.write("Task worker stopped.")

    @staticmethod
    def work(worker):
        try:
            worker.run()
        finally:
            close_old_connections()
