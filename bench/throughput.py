"""Throughput and latency of the production topology on this machine, measured with wrk.

    make bench            (this first, then the page timings and search at scale)
    make bench-throughput (only this)

The demo content in a new PostgreSQL database; then the Procfile's processes with
production settings (tests/topology.py): two gunicorn instances of two processes each,
the worker, the scheduler and Varnish. Each public page type (the first live Swedish page
of every page model), the search page and the static CSS are loaded for a few seconds
two ways:

- through the proxy, warm: what a visitor gets from the cache;
- at one app instance, the proxy bypassed: what a page costs when it is not cached.

It prints requests per second, p50 and p99 for each, and each page's share of the static
CSS served the same way (the issue's goals: ≥ 50 % through the proxy, ≥ 6 % at the
instance). Each figure is the median of BENCH_RUNS runs of BENCH_SECONDS (3 of 3 s):
on two cores shared with wrk and PostgreSQL one run can be a third off. The instances
replace no worker during the bench (gunicorn's max_requests, which would otherwise
restart a worker every few seconds of static files). Timings live here, never in tests.
"""

import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.test")

import django

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test.utils import setup_test_environment  # noqa: E402
from wagtail.models import Page, get_page_models  # noqa: E402

from tests.services import database_url  # noqa: E402
from tests.topology import Topology, production_env  # noqa: E402

SECONDS = int(os.environ.get("BENCH_SECONDS", "3"))
RUNS = int(os.environ.get("BENCH_RUNS", "3"))
CONNECTIONS = 8


def page_urls():
    """The first live Swedish page of every page type, and a search."""
    urls = {}
    for model in get_page_models():
        if model is Page or model._meta.abstract:
            continue
        page = model.objects.live().filter(locale__language_code="sv").order_by("path").first()
        if page is not None:
            urls[model.__name__] = page.url
    urls["search"] = "/sv/search/?q=f%C3%B6rening"
    return urls


def ready(topology):
    """The static CSS's address, once the proxy serves the home page and the CSS (its
    probes have found both instances healthy)."""
    deadline = time.monotonic() + 60
    while True:
        try:
            html = urllib.request.urlopen(f"{topology.base_url}/sv/").read().decode()
            css = re.search(r'href="(/static/css/portal[^"]*\.css)"', html)[1]
            urllib.request.urlopen(f"{topology.base_url}{css}").read()
            time.sleep(3)  # a few more probes: both instances stay healthy under load
            return css
        except OSError:
            if time.monotonic() > deadline:
                for name in ("web.1", "proxy"):
                    print(f"--- {name}\n{topology.log(name)[-3000:]}")
                raise
            time.sleep(0.5)


def wrk(url):
    """(requests per second, p50 ms, p99 ms, errors) of the median of RUNS runs (by
    requests per second) of SECONDS of load on ``url``."""
    runs = sorted((wrk_once(url) for _run in range(RUNS)), key=lambda run: run[0])
    return runs[len(runs) // 2]


def wrk_once(url):
    result = subprocess.run(
        [
            *("wrk", "--threads", "2", "--connections", str(CONNECTIONS)),
            *("--duration", f"{SECONDS}s", "--latency", url),
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout

    def milliseconds(label):
        value, unit = re.search(rf"^\s+{label}\s+([\d.]+)(us|ms|s)\s*$", result, re.M).groups()
        return float(value) * {"us": 0.001, "ms": 1, "s": 1000}[unit]

    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", result)[1])
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", result)
    return rate, milliseconds("50%"), milliseconds("99%"), int(errors[1]) if errors else 0


def report(title, base, urls, css):
    print(f"\n{title}")
    print(f"{'what':32} {'req/s':>9} {'p50 ms':>8} {'p99 ms':>8} {'of CSS':>7}")
    with urllib.request.urlopen(base + css) as response:  # warm, and surely there
        assert response.status == 200, css
    css_rate, *_rest = line("static CSS", wrk(base + css), None)
    for name, url in urls.items():
        urllib.request.urlopen(base + url).read()  # warm: the proxy's cache, the app's
        line(name, wrk(base + url), css_rate)
    return css_rate


def line(name, measured, css_rate):
    rate, p50, p99, errors = measured
    share = f"{100 * rate / css_rate:6.1f}%" if css_rate else ""
    flag = f"  {errors} errors" if errors else ""
    print(f"{name:32} {rate:9.0f} {p50:8.2f} {p99:8.2f} {share:>7}{flag}", flush=True)
    return measured


def main():
    if not shutil.which("wrk"):
        sys.exit("wrk is missing: apt-get install wrk")
    setup_test_environment()
    old_name = connection.settings_dict["NAME"]
    connection.creation.create_test_db(verbosity=0, autoclobber=True)
    folder = tempfile.TemporaryDirectory(prefix="portal-bench-")
    topology = None
    try:
        call_command("load_demo_content", verbosity=0)
        urls = page_urls()
        env = production_env(
            database_url(connection.settings_dict), GUNICORN_CMD_ARGS="--max-requests 0"
        )
        topology = Topology(folder.name, env)
        topology.start("redis")
        topology.wait_until_up(["redis"])
        topology.release()
        for name in ("web.1", "web.2", "worker", "scheduler", "proxy"):
            topology.start(name)
        topology.wait_until_up(["web.1", "web.2", "proxy"])
        css = ready(topology)
        print(
            f"{len(urls) - 1} page types and the search page; wrk, {CONNECTIONS} connections, "
            f"median of {RUNS} runs of {SECONDS} s each; gunicorn: 2 instances x 2 processes"
        )
        report("Through the proxy (cached)", topology.base_url, urls, css)
        instance = f"http://127.0.0.1:{topology.web_ports['web.1']}"
        report("At one app instance, 2 processes (uncached)", instance, urls, css)
    finally:
        if topology is not None:
            topology.stop_all()
        folder.cleanup()
        connection.close()
        connection.creation.destroy_test_db(old_name, verbosity=0)


if __name__ == "__main__":
    main()
