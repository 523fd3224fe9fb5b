"""Text messages (SMS), for residents who gave a phone number and no e-mail address.

They go through the outbox like e-mail (``outbox.sending.queue_sms``), and the worker
hands them to the backend named in ``SMS_BACKEND``:

- ``console``: written to the worker's output (``make run``);
- ``46elks``: the HTTP API of 46elks, a Swedish provider: a form POST with HTTP basic
  authentication to ``SMS_API_URL`` (tests run a recording server on loopback there);
- ``off``: nothing is queued, and the admin shows that no message went.
"""

import base64
import json
import re
import sys
import urllib.error
import urllib.request
from urllib.parse import urlencode

from django.conf import settings

BACKENDS = ("console", "46elks", "off")
SEPARATORS = re.compile(r"[ ()-]")


class SMSError(Exception):
    """The provider did not take the message; the worker tries again later."""


def e164(number, country_code="46"):
    """A phone number as residents write it (``070-123 45 67``) in the international form
    providers take (``+46701234567``); numbers without a country code are Swedish."""
    # "+46 (0)70 …": the 0 in brackets is dialled only from within the country.
    digits = SEPARATORS.sub("", number.replace("(0)", ""))
    if digits.startswith("+"):
        return digits
    if digits.startswith("00"):
        return "+" + digits[2:]
    return f"+{country_code}{digits.removeprefix('0')}"


def enabled():
    return settings.SMS_BACKEND != "off"


def send(to, text):
    """Hand one message to the backend; SMSError if it was not taken."""
    if settings.SMS_BACKEND == "console":
        sys.stdout.write(f"SMS to {to}:\n{text}\n{'-' * 79}\n")
        sys.stdout.flush()
        return
    if settings.SMS_BACKEND != "46elks":
        raise SMSError(f"SMS_BACKEND is {settings.SMS_BACKEND!r}")
    data = urlencode({"from": settings.SMS_SENDER, "to": to, "message": text}).encode()
    credentials = f"{settings.SMS_API_USERNAME}:{settings.SMS_API_PASSWORD}".encode()
    request = urllib.request.Request(
        settings.SMS_API_URL,
        data=data,
        method="POST",
        headers={
            "Authorization": "Basic " + base64.b64encode(credentials).decode("ascii"),
            "Content-Type": "application/x-www-form-urlencoded",
        },
    )
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            answer = json.loads(response.read() or b"{}")
    except (urllib.error.URLError, OSError, ValueError) as error:
        raise SMSError(type(error).__name__) from error
    if answer.get("status") == "failed":
        raise SMSError("the provider says the message failed")
