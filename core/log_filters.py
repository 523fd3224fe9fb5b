"""Logs keep no token, no search term and nothing else a resident typed into an address.

Django logs the path of every page not found ("Not Found: /sv/forum-registrations/…/")
and the development server every request line with its query string. A registrant's
token in a log would let whoever reads the log cancel the registration; a query string
holds what someone searched for. The filter sits on the console handler that every log
line goes through, so no logger can forget it.
"""

import json
import logging
import re

TOKEN_ROUTES = re.compile(
    r"(/(?:forum-registrations|programme-applications|mentor-offers)/)[^/\s?\"']+"
)
QUERY_STRING = re.compile(r"\?[^\s\"']*")


def redact(text):
    return QUERY_STRING.sub("?[removed]", TOKEN_ROUTES.sub(r"\1[token]", text))


class RedactAddresses(logging.Filter):
    def filter(self, record):
        message = record.getMessage()
        redacted = redact(message)
        if redacted != message:
            record.msg, record.args = redacted, ()
        return True


class JsonFormatter(logging.Formatter):
    """One JSON object a line: time, level, logger, message (already redacted), and the
    exception's class and traceback when there is one."""

    def format(self, record):
        entry = {
            "time": self.formatTime(record, "%Y-%m-%dT%H:%M:%S%z"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        if record.exc_info:
            entry["exception"] = redact(self.formatException(record.exc_info))
        return json.dumps(entry, ensure_ascii=False)
