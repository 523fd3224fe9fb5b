"""Reading without data: the service worker that keeps the pages a reader saves, and the
page that lists them (both in the reader's browser: the server never learns what was
saved)."""

import json

from django.conf import settings
from django.shortcuts import render
from django.urls import reverse
from django.utils import translation
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET

# The browser's cache of saved pages; a new name starts an empty one.
CACHE_NAME = "portal-saved-v1"


@require_GET
@cache_control(no_cache=True, max_age=0)
def worker(request):
    """The service worker, at the site's root so that it may serve every public page.

    The browser checks it for changes on each visit (no-cache), as a worker stays in
    place until its script changes."""
    lists = {}
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            lists[code] = reverse("offline_saved")
    context = {"cache_name": json.dumps(CACHE_NAME), "lists": json.dumps(lists)}
    return render(request, "offline/worker.js", context, content_type="text/javascript")


@require_GET
def saved(request):
    """The pages saved for offline reading in this browser, listed by the script."""
    return render(request, "offline/saved.html", {"cache_name": CACHE_NAME})
