"""A real SMTP server on a loopback port, and the outbox's real worker, for tests."""

import random
import signal
import socket
from email import message_from_bytes, policy
from pathlib import Path

from aiosmtpd.controller import Controller
from django.core.management import call_command

WORKER_SIGNALS = [signal.SIGINT, signal.SIGTERM, signal.SIGQUIT]


def _ephemeral_start():
    """The first port the kernel hands out to outgoing connections."""
    try:
        return int(Path("/proc/sys/net/ipv4/ip_local_port_range").read_text().split()[0])
    except (OSError, ValueError, IndexError):
        return 32768


def free_ports(count):
    """``count`` consecutive loopback ports free now, below the ports the kernel gives
    outgoing connections: a server that starts minutes later (a mail server brought up
    mid-test) finds its port still free, not taken by a client's connection."""
    top = _ephemeral_start() - count
    while True:
        first = random.randint(10_000, top)
        taken = []
        try:
            for port in range(first, first + count):
                sock = socket.socket()
                taken.append(sock)
                sock.bind(("127.0.0.1", port))
            return list(range(first, first + count))
        except OSError:
            continue
        finally:
            for sock in taken:
                sock.close()  # nothing listens once the probe is closed


def free_port():
    return free_ports(1)[0]


class SMTPServer:
    """aiosmtpd on 127.0.0.1:``port``, which starts down: call ``start()`` to bring it up."""

    def __init__(self):
        self.port = free_port()
        self.received = []  # each message as an email.message.EmailMessage
        self._controller = None

    @property
    def mailer(self):
        return {
            "BACKEND": "django.core.mail.backends.smtp.EmailBackend",
            "OPTIONS": {"host": "127.0.0.1", "port": self.port, "timeout": 5},
        }

    async def handle_DATA(self, server, session, envelope):
        self.received.append(message_from_bytes(envelope.content, policy=policy.default))
        return "250 OK"

    def start(self):
        self._controller = Controller(self, hostname="127.0.0.1", port=self.port)
        self._controller.start()

    def stop(self):
        if self._controller is not None:
            self._controller.stop()
            self._controller = None


def run_mail_worker():
    """Run the e-mail worker (`db_worker`, the command production runs) until no task is due.

    It runs in the test's own database transaction, where the test's registrations
    are. Like Django's test client, which disconnects close_old_connections from the
    request signals, it must not drop the connection between tasks: that would throw
    the test's transaction away.
    """
    from django_tasks_db.management.commands import db_worker

    saved = {number: signal.getsignal(number) for number in WORKER_SIGNALS}
    close_old_connections = db_worker.close_old_connections
    db_worker.close_old_connections = lambda: None
    try:
        call_command(
            "db_worker",
            "--batch",
            "--backend=mail",
            "--queue-name=mail",
            "--no-startup-delay",
            "--no-reload",
            verbosity=0,
        )
    finally:
        db_worker.close_old_connections = close_old_connections
        for number, handler in saved.items():
            signal.signal(number, handler)
