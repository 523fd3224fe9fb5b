"""The production topology on loopback, as `make up` runs it: Varnish in front of two
gunicorn instances with production settings, the task worker, the scheduler, an SMTP
server and Redis, all started from the Procfile against the test database.

What residents and editors would notice: a rate limit that holds whichever instance
answers, slow senders of forms who keep no one waiting, a change that is visible through
the proxy as soon as it is published, search that finds it once the worker has indexed
it, e-mail that waits for a mail server that was down, uploads served through the proxy,
a health check that tells on a stopped worker or cache, an instance that dies without
failing the requests that come after, and a forum that leaves the list when its expiry
time comes.
"""

import datetime
import html
import http.client
import re
import signal
import socket
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from http.cookies import SimpleCookie
from io import BytesIO
from urllib.parse import urlencode

import pytest
from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.db import connection
from django.test import override_settings
from django.utils import timezone
from django_tasks_db.models import DBTaskResult
from PIL import Image as PILImage
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page

from core.models import SiteLinks
from courses.models import Project, ProjectPage
from events.models import EventIndexPage, EventPage, Registration
from guides.models import GuidePage, PageFeedback
from operations.management.commands.run_scheduler import DAILY
from operations.redis_cache import RedisCache
from outbox.models import Message
from search.models import QueryCount
from taxonomy.models import Topic
from tests.conftest import translation_of
from tests.factories import EventPageFactory, GuidePageFactory
from tests.services import database_url
from tests.topology import Topology, production_env

pytestmark = [pytest.mark.django_db, pytest.mark.heavy]

MARKER = "topology test"
ADMIN = ("topology-admin", "topology-admin-password")
PBKDF2 = "django.contrib.auth.hashers.PBKDF2PasswordHasher"
TOO_MANY_IN_ARABIC = "محاولات كثيرة جدًا"  # "Too many attempts"


@pytest.fixture(scope="module")
def topology(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        if connection.vendor != "postgresql":
            pytest.skip("the topology needs PostgreSQL: run it with make pytest")
        url = database_url(connection.settings_dict)
    folder = tempfile.TemporaryDirectory(prefix="portal-topology-")
    running = Topology(
        folder.name,
        production_env(
            url,
            # One process per instance, and quick clocks, so the tests need not wait.
            WEB_CONCURRENCY="1",
            OUTBOX_FIRST_RETRY="1",
            WORKER_HEARTBEAT_SECONDS="0.25",
            WORKER_POLL_SECONDS="0.1",
            PUBLISH_SCHEDULED_SECONDS="1",
        ),
    )
    with django_db_blocker.unblock():
        searches_before = QueryCount.objects.order_by("-pk").values_list("pk", flat=True).first()
    try:
        running.start("redis")
        running.wait_until_up(["redis"])
        running.release()
        daily_jobs_done(running)
        for name in ("web.1", "web.2", "worker", "scheduler", "proxy"):
            running.start(name)
        running.wait_until_up(["web.1", "web.2", "proxy"])
        wait_for(lambda: get(running, "/healthz/")[0] == 200, "a healthy topology", running)
        # The proxy finds each instance healthy only after its probe passed (every 2 s):
        # until both have answered through it, it sends every request to one.
        wait_for(
            lambda: (
                get(running, "/healthz/")[0] == 200
                and all("GET /healthz/ " in running.log(name) for name in running.web_ports)
            ),
            "both instances answering through the proxy",
            running,
        )
        yield running
    finally:
        running.stop_all()
        folder.cleanup()
        # What the servers committed goes, so later test files find the demo as it was.
        with django_db_blocker.unblock():
            PageFeedback.objects.filter(comment__startswith=MARKER).delete()
            Registration.objects.filter(name__startswith=MARKER).delete()
            Message.objects.filter(to__contains=["topology@example.com"]).delete()
            get_user_model().objects.filter(username=ADMIN[0]).delete()
            QueryCount.objects.filter(pk__gt=searches_before or 0).delete()
            for page in Page.objects.filter(title__startswith=MARKER):
                page.delete()


def daily_jobs_done(topology):
    """Today's daily jobs count as done: the scheduler must not apply the retention
    periods to the test database that every test file of this process shares."""
    cache = RedisCache(topology.env["REDIS_URL"], {"KEY_PREFIX": "portal"})
    for name in DAILY:
        cache.set(f"operations:scheduler:{name}", timezone.localdate().isoformat(), 3600)


@pytest.fixture(scope="module")
def pages(topology, django_db_blocker):
    """A guide and two forums of the test's own, live in Swedish, gone after the module
    (a change to a demo page would put its translations out of date)."""
    with django_db_blocker.unblock():
        section = GuidePage.objects.get(slug="soka-foreningsbidrag", locale__language_code="sv")
        forums = EventIndexPage.objects.get(locale__language_code="sv")
        tomorrow = timezone.now() + datetime.timedelta(days=1)
        return {
            "guide": GuidePageFactory(parent=section.get_parent(), title=f"{MARKER} guide"),
            "forum": EventPageFactory(parent=forums, title=f"{MARKER} forum", capacity=20),
            "expiring": EventPageFactory(
                parent=forums,
                title=f"{MARKER} forum that expires",
                start=tomorrow,
                end=tomorrow + datetime.timedelta(hours=2),
            ),
        }


def wait_for(condition, what, topology=None, seconds=30):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.2)
    logs = ""
    if topology is not None:
        logs = "\n".join(
            f"--- {name}\n{topology.log(name)[-2000:]}"
            for name in ("web.1", "web.2", "worker", "scheduler", "proxy")
        )
    pytest.fail(f"no {what} after {seconds} s\n{logs}")


def request(port, method, path, source="127.0.0.1", body=None, headers=None):
    """One request from ``source`` (any 127.x address is this machine: each is a client
    of its own to the proxy). Returns (status, headers, body text)."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60, source_address=(source, 0))
    try:
        conn.request(method, path, body=body, headers=headers or {})
        response = conn.getresponse()
        return response.status, response.headers, response.read().decode(errors="replace")
    finally:
        conn.close()


def get(topology, path, source="127.0.0.1"):
    status, headers, text = request(topology.proxy_port, "GET", path, source)
    return status, headers, text


def proxy(topology):
    """The frontend-cache setting of the topology's processes, for this test process."""
    backend = {"BACKEND": "operations.frontend.VarnishBackend", "LOCATION": topology.base_url}
    return {"proxy": backend}


def post_form(port, path, fields, source="127.0.0.1", cookies=None):
    headers = {"Content-Type": "application/x-www-form-urlencoded"}
    if cookies:
        headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in cookies.items())
    return request(port, "POST", path, source, urlencode(fields), headers)


def test_a_client_gets_five_posts_whichever_instance_answers_and_others_keep_theirs(
    topology, django_db_blocker
):
    with django_db_blocker.unblock():
        guide = translation_of(GuidePage, "soka-foreningsbidrag", "ar")
    path = f"/ar/feedback/{guide.pk}/"

    def send(n, source, claim="198.51.100.9"):
        # What a client claims in X-Forwarded-For is ignored: the proxy's entry counts.
        status, _headers, text = request(
            topology.proxy_port,
            "POST",
            path,
            source,
            urlencode({"helpful": "yes", "comment": f"{MARKER}: {source} {n}"}),
            {"Content-Type": "application/x-www-form-urlencoded", "X-Forwarded-For": claim},
        )
        return status, text

    answers = [send(n, "127.0.0.2", f"198.51.100.{n}") for n in range(6)]
    assert [status for status, _text in answers] == [303] * 5 + [429]
    assert TOO_MANY_IN_ARABIC in answers[5][1]
    # The proxy spread them over both instances.
    for name in ("web.1", "web.2"):
        assert f"POST {path}" in topology.log(name)

    # Eight posts at once from a second client: exactly five are taken.
    with ThreadPoolExecutor(max_workers=8) as pool:
        statuses = list(pool.map(lambda n: send(n, "127.0.0.3")[0], range(8)))
    assert sorted(statuses) == [303] * 5 + [429] * 3
    with django_db_blocker.unblock():
        saved = PageFeedback.objects.filter(comment__startswith=MARKER)
        assert saved.filter(comment__contains="127.0.0.2").count() == 5
        assert saved.filter(comment__contains="127.0.0.3").count() == 5


def test_clients_sending_forms_slowly_hold_no_app_worker_and_a_huge_body_stops_at_the_proxy(
    topology, django_db_blocker
):
    """Each instance's workers serve one request at a time: the proxy reads a form's
    body whole before one of them sees it."""
    with django_db_blocker.unblock():
        guide = translation_of(GuidePage, "soka-foreningsbidrag", "sv")
    path = f"/sv/feedback/{guide.pk}/"

    def posts_seen():
        return sum(topology.log(name).count(f"POST {path} ") for name in ("web.1", "web.2"))

    before = posts_seen()
    slow = []
    for n in range(6):  # more senders than the two instances have workers
        body = urlencode({"helpful": "yes", "comment": f"{MARKER}: slow sender {n}"}).encode()
        sender = socket.create_connection(
            ("127.0.0.1", topology.proxy_port), timeout=30, source_address=(f"127.0.0.{20 + n}", 0)
        )
        head = (
            f"POST {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
            "Content-Type: application/x-www-form-urlencoded\r\n"
            f"Content-Length: {len(body)}\r\n\r\n"
        )
        sender.sendall(head.encode() + body[:10])  # and then nothing, for now
        slow.append((sender, body[10:]))

    # Meanwhile a reader whose page the proxy must fetch is answered.
    conn = http.client.HTTPConnection("127.0.0.1", topology.proxy_port, timeout=10)
    conn.request("GET", "/sv/search/?q=slow+senders")
    assert conn.getresponse().status == 200
    conn.close()

    for sender, rest in slow:
        sender.sendall(rest)
        assert sender.recv(64).startswith(b"HTTP/1.1 303")
        sender.close()

    # A body said to be past 5 MB is refused before it is sent, and no instance sees it.
    wait_for(lambda: posts_seen() == before + 6, "the six posts in the access logs", topology)
    huge = socket.create_connection(
        ("127.0.0.1", topology.proxy_port), timeout=30, source_address=("127.0.0.30", 0)
    )
    huge.sendall(
        f"POST {path} HTTP/1.1\r\nHost: 127.0.0.1\r\n"
        "Content-Type: application/x-www-form-urlencoded\r\n"
        f"Content-Length: {6 * 1024 * 1024}\r\n\r\n".encode()
    )
    assert huge.recv(64).startswith(b"HTTP/1.1 413")
    huge.close()
    assert posts_seen() == before + 6
    with django_db_blocker.unblock():
        assert PageFeedback.objects.filter(comment__startswith=f"{MARKER}: slow").count() == 6


class Admin:
    """An editor signed in to one app instance directly, as a browser would be."""

    def __init__(self, port):
        self.port, self.cookies = port, {}

    def keep(self, headers):
        for header in headers.get_all("Set-Cookie") or []:
            cookie = SimpleCookie(header)
            self.cookies.update({key: morsel.value for key, morsel in cookie.items()})

    def get(self, path):
        cookie = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        status, headers, text = request(self.port, "GET", path, headers={"Cookie": cookie})
        self.keep(headers)
        return status, text

    def post(self, path, fields=None):
        fields = {"csrfmiddlewaretoken": self.cookies["csrftoken"], **(fields or {})}
        status, headers, text = post_form(self.port, path, fields, cookies=self.cookies)
        self.keep(headers)
        return status, headers, text

    def sign_in(self, username, password):
        self.get("/admin/login/")
        status, _headers, _text = self.post(
            "/admin/login/", {"username": username, "password": password}
        )
        assert status == 302, "the editor could not sign in"


def test_a_page_published_through_one_instance_is_fresh_through_the_proxy_and_found_once_the_worker_ran(  # noqa: E501
    topology, pages, committed
):
    guide = pages["guide"]

    def prepare():
        # Hashed as production checks it (the tests' settings hash with MD5).
        with override_settings(PASSWORD_HASHERS=[PBKDF2]):
            get_user_model().objects.create_superuser(ADMIN[0], "admin@example.com", ADMIN[1])
        draft = GuidePage.objects.get(pk=guide.pk)
        draft.title = f"{MARKER} guide Topologiprov"
        draft.save_revision()  # a draft: readers still see the old title

    committed(prepare)
    get(topology, guide.url)
    status, headers, text = get(topology, guide.url)
    assert (status, headers["X-Cache"]) == (200, "hit")
    assert "Topologiprov" not in text
    assert "Topologiprov" not in get(topology, "/sv/search/?q=topologiprov")[2]

    editor = Admin(topology.web_ports["web.1"])
    editor.sign_in(*ADMIN)
    status, _headers, _text = editor.post(f"/admin/bulk/wagtailcore/page/publish/?id={guide.pk}")
    assert status == 302

    wait_for(lambda: "Topologiprov" in get(topology, guide.url)[2], "fresh page", topology)
    # Every Swedish page went: the section page lists the guide by its new title.
    assert "Topologiprov" in get(topology, guide.get_parent().url)[2]

    polls = iter(range(1000))
    wait_for(
        lambda: (
            "Topologiprov" in get(topology, f"/sv/search/?q=topologiprov&poll={next(polls)}")[2]
        ),
        "search result",
        topology,
    )
    # The index was brought up to date by the worker, not in the editor's request.
    indexed = committed(
        lambda: list(
            DBTaskResult.objects.filter(
                task_path="modelsearch.tasks.insert_or_update_object_task", status="SUCCESSFUL"
            ).values_list("worker_ids", flat=True)
        )
    )
    assert indexed and all(workers for workers in indexed)


def test_a_renamed_topic_purges_its_language_and_the_footer_links_every_language(
    topology, committed
):
    swedish, arabic = committed(
        lambda: [
            translation_of(GuidePage, "soka-foreningsbidrag", language).url
            for language in ("sv", "ar")
        ]
    )

    def cached(url):
        get(topology, url)
        return get(topology, url)[1]["X-Cache"] == "hit"

    assert cached(swedish) and cached(arabic)

    def rename_arabic_topic(suffix):
        topic = Topic.objects.filter(locale__language_code="ar").first()
        topic.name = topic.name.removesuffix(" *") + suffix
        topic.save()

    with override_settings(WAGTAILFRONTENDCACHE=proxy(topology)):
        committed(lambda: rename_arabic_topic(" *"))
        assert get(topology, arabic)[1]["X-Cache"] == "miss"
        assert get(topology, swedish)[1]["X-Cache"] == "hit"

        assert cached(arabic)
        committed(lambda: SiteLinks.objects.first().save())
        assert get(topology, arabic)[1]["X-Cache"] == "miss"
        assert get(topology, swedish)[1]["X-Cache"] == "miss"

        committed(lambda: rename_arabic_topic(""))


def test_a_name_taken_back_leaves_the_project_page_through_the_proxy_at_once(topology, committed):
    """The demo's participant agreed to her name on her project's page; she takes it back
    on her own page, through the proxy: the proxy's copy of the page goes with it."""
    project = committed(
        lambda: Project.objects.select_related("participant__application").get(
            participant__application__name="Amina Yusuf (exempel)"
        )
    )
    page = committed(
        lambda: ProjectPage.objects.get(
            translation_key=project.page_key, locale__language_code="sv"
        )
    )
    url, name = page.url, project.participant.application.name
    get(topology, url)
    status, headers, text = get(topology, url)
    assert headers["X-Cache"] == "hit" and name in text

    resident = Admin(topology.proxy_port)  # a browser, with its cookies
    own = f"/sv/programme-participants/{project.participant.token}/"
    assert resident.get(own)[0] == 200
    try:
        status, headers, _text = resident.post(f"{own}publishing/", {"publish_report": "on"})
        assert status == 303
        wait_for(lambda: name not in get(topology, url)[2], "name gone from the page", topology)
    finally:
        committed(
            lambda: Project.objects.filter(pk=project.pk).update(
                publish_name=True, publish_report=False
            )
        )


def test_an_e_mail_queued_while_the_mail_server_is_down_is_delivered_once_it_is_up(
    topology, committed
):
    forum = committed(
        lambda: (
            EventPage.objects.live()
            .filter(locale__language_code="sv", start__gt=timezone.now())
            .order_by("start")
            .first()
        )
    )
    status, headers, _text = post_form(
        topology.proxy_port,
        f"/sv/forum-registration/{forum.pk}/",
        {
            "name": f"{MARKER} Amina",
            "email": "topology@example.com",
            "phone": "",
            "people": "1",
            "language_needs": "",
            "accessibility_needs": "",
            "website": "",
        },
        source="127.0.0.4",
    )
    assert status == 303, headers

    def tried():
        message = Message.objects.filter(to__contains=["topology@example.com"]).first()
        return message is not None and message.attempts >= 1

    wait_for(lambda: committed(tried), "failed first attempt", topology)
    assert "ConnectionRefusedError" in topology.log("worker")

    topology.start("mail")
    topology.wait_until_up(["mail"])
    wait_for(lambda: "topology@example.com" in topology.log("mail"), "delivery", topology)
    message = committed(lambda: Message.objects.get(to__contains=["topology@example.com"]))
    assert message.status == Message.Status.SENT
    assert message.attempts >= 2
    assert topology.log("mail").count("MESSAGE FOLLOWS") == 1


def test_an_image_rendition_and_a_document_are_served_through_the_proxy(topology, committed):
    def upload():
        picture = BytesIO()
        PILImage.new("RGB", (64, 48), (0, 90, 160)).save(picture, "PNG")
        with override_settings(MEDIA_ROOT=topology.env["MEDIA_ROOT"]):
            image = get_image_model().objects.create(
                title=f"{MARKER} image",
                file=ContentFile(picture.getvalue(), "topology.png"),
                width=64,
                height=48,
            )
            rendition = image.get_rendition("fill-32x32|format-webp")
            document = get_document_model().objects.create(
                title=f"{MARKER} document",
                file=ContentFile(b"Kallelse till arsmote\n", "kallelse.txt"),
            )
        return image.pk, rendition.url, document.pk, document.url

    image_pk, rendition_url, document_pk, document_url = committed(upload)
    try:
        assert rendition_url.startswith("/media/images/")
        status, headers, _body = get(topology, rendition_url)
        assert (status, headers["Content-Type"]) == (200, "image/webp")
        assert get(topology, rendition_url)[1]["X-Cache"] == "hit"

        status, headers, body = get(topology, document_url)
        assert status == 200
        assert body == "Kallelse till arsmote\n"
    finally:

        def remove():
            with override_settings(MEDIA_ROOT=topology.env["MEDIA_ROOT"]):
                get_image_model().objects.filter(pk=image_pk).delete()
                get_document_model().objects.filter(pk=document_pk).delete()

        committed(remove)


def health(topology):
    status, headers, text = get(topology, "/healthz/")
    assert "no-store" in headers["Cache-Control"]
    return status, text


def test_the_health_check_tells_on_a_stopped_worker_and_a_stopped_cache(topology, committed):
    status, text = health(topology)
    assert status == 200
    assert '"worker": "ok"' in text and '"cache": "ok"' in text

    topology.stop("worker")
    wait_for(lambda: health(topology)[0] == 503, "failing health check", topology)
    status, text = health(topology)
    assert re.search(r'"worker": "last heartbeat \d+ s ago"', text)
    assert '"database": "ok"' in text
    topology.start("worker")
    wait_for(lambda: health(topology)[0] == 200, "healthy worker", topology)

    # Without Redis the scheduler cannot tell that today's retention has run (in
    # production it would run it again, harmlessly); here it stays away from the data.
    topology.stop("scheduler")
    topology.stop("redis")
    status, text = health(topology)
    assert status == 503
    assert '"cache": "error: ConnectionError"' in text
    assert "redis://" not in text  # no addresses, no passwords
    # Without its cache the portal is slower, not broken: pages and forms still work.
    instance = topology.web_ports["web.2"]
    with_cache_down = [request(instance, "GET", path)[0] for path in ("/ar/", "/sv/forum/")]
    assert with_cache_down == [200, 200]
    guide = committed(lambda: translation_of(GuidePage, "soka-foreningsbidrag", "sv").pk)
    status, _headers, _text = post_form(
        instance,
        f"/sv/feedback/{guide}/",
        {"helpful": "no", "comment": f"{MARKER}: while the cache was down"},
        source="127.0.0.5",
    )
    assert status == 303
    topology.start("redis")
    topology.wait_until_up(["redis"])
    daily_jobs_done(topology)
    topology.start("scheduler")
    wait_for(lambda: health(topology)[0] == 200, "healthy cache", topology)


def test_one_instance_killed_under_load_fails_no_request_beyond_those_in_flight(topology):
    results, stop = [], threading.Event()
    clients = 4

    def load(client):
        n = 0
        while not stop.is_set():
            n += 1
            # A new search each time: the proxy has to ask an instance.
            try:
                status = get(topology, f"/sv/search/?q=forum&client={client}&n={n}")[0]
            except OSError:
                status = None
            results.append((time.monotonic(), status))

    with ThreadPoolExecutor(max_workers=clients) as pool:
        for client in range(clients):
            pool.submit(load, client)
        time.sleep(1)
        killed_at = time.monotonic()
        topology.stop("web.1", signal.SIGKILL)
        time.sleep(2)
        stop.set()

    failed = [status for _at, status in results if status != 200]
    after = [status for at, status in results if at > killed_at]
    assert len(after) > 10, "the load went on after the kill"
    assert len(failed) <= clients, f"{len(failed)} of {len(results)} requests failed"

    topology.start("web.1")
    topology.wait_until_up(["web.1"])


def test_a_forum_leaves_the_upcoming_list_when_the_scheduler_reaches_its_expiry(
    topology, pages, committed
):
    forum = pages["expiring"]
    listing = forum.get_parent().url
    title = html.escape(forum.title)
    get(topology, listing)
    status, headers, text = get(topology, listing)
    assert (status, headers["X-Cache"]) == (200, "hit")
    assert title in text

    committed(
        lambda: EventPage.objects.filter(pk=forum.pk).update(
            expire_at=timezone.now() + datetime.timedelta(seconds=1)
        )
    )
    wait_for(lambda: title not in get(topology, listing)[2], "forum gone", topology)
    assert "publish_scheduled failed" not in topology.log("scheduler")
    assert not committed(lambda: EventPage.objects.get(pk=forum.pk).live)
