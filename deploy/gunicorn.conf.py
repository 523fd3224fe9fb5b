"""gunicorn for the portal: `gunicorn --config deploy/gunicorn.conf.py portal.wsgi`.

One instance listens on loopback at PORT (the proxy in front is the only client), with
WEB_CONCURRENCY synchronous worker processes. Each takes a request only when it is
free, so the load spreads evenly over them; threaded workers keep the connections they
accepted, and under load one process could hold most of them while the other idles.
The proxy fetches responses whole and buffers public request bodies before a worker
sees them (deploy/varnish/default.vcl), so no slow client holds a worker for long.

Access lines go through Django's logging (portal/settings/base.py), so the filter that
removes tokens sees them, and they hold neither the query string, the referrer nor the
browser.
"""

import gc
import os

from gunicorn.glogging import Logger as BaseLogger


class Logger(BaseLogger):
    """No line for the proxy's probe, every two seconds from each proxy."""

    def access(self, resp, req, environ, request_time):
        if environ.get("PATH_INFO") != "/healthz/live/":
            super().access(resp, req, environ, request_time)


bind = os.environ.get("BIND", f"127.0.0.1:{os.environ.get('PORT', '8000')}")
workers = int(os.environ.get("WEB_CONCURRENCY", "2"))
worker_class = "sync"
# The app is loaded in each worker, after the fork: no database connection is shared.
preload_app = False
timeout = 30
# SIGTERM lets the requests in hand finish (a deploy, Ctrl-C in make up).
graceful_timeout = 20
# A worker is replaced now and then, so a slow leak never grows for long.
max_requests = 5000
max_requests_jitter = 500
accesslog = "-"
logger_class = Logger
access_log_format = "%(m)s %(U)s %(s)s %(B)s %(M)sms"
# Several instances run side by side; none is steered through a control socket.
control_socket_disable = True
# Only the proxy on this machine may say that the request came over https.
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1,::1")


def post_worker_init(worker):
    """What the worker loaded before its first request (Django, Wagtail, the portal) lives
    as long as it does: frozen out of the garbage collector's way, so that a collection
    looks only at what requests made. Each collection of the oldest generation went
    through every object of the loaded app, a millisecond or more a page."""
    gc.freeze()
