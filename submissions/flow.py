"""How a page takes what a resident sends from it: page feedback, forum registrations,
programme applications and offers to mentor.

Each subject brings its form (a ResidentForm: its fields, and the honeypot) and its
save, in the subject's own write module (events/models/registrations.py,
courses/applications.py, guides/feedback.py), which stores the answers and queues any
confirmation in the outbox in one transaction. ``form_view`` does the rest the same
way for all of them:

- 404 unless the page is live, public and in the language of the address;
- 429 and the one "too many" page (templates/submissions/limited.html) once this
  client has posted too often (submissions.ratelimit);
- 400 and the page again, with the answers kept and the errors explained, for a form
  that does not validate or whose honeypot is filled in, or with the page's own
  reason when it takes no form now (registration closed, applications not open);
- otherwise the save, then 303 to the confirmation: the submission's own page by its
  token (``to_confirmation``), or back to the page.

One mechanism: every form posts to its view here, and the page shows a bound form
again by taking it as ``page.serve(request, form=form)``, which Wagtail hands on to
``get_context(request, form=...)``; nothing is parked on the request. A
RoutablePageMixin route on each page would be the other way, but every page is served
by Wagtail's one ``serve`` view, and CSRF middleware judges a POST by that view before
any route is found: a form without a cookie could only be taken by exempting every
page from CSRF. The route would also walk the page tree on every post and answer a
post to a restricted page with the sign-in form, where this view answers 404. So the
posts keep their own, cookie-free addresses (portal/urls.py).

Every answer here is marked never_cache: it carries what a resident typed or a token.
"""

from django.http import Http404, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import get_language
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from submissions.ratelimit import over_rate_limit


def always_open(page):
    return True


def form_view(*, page_model, form_class, save, done, scope, is_open=always_open):
    """The view that takes one kind of form, posted from a page of ``page_model``.

    - ``form_class``: a ResidentForm, built with the request;
    - ``save(request, page, data, language)``: saves the answers and queues any
      e-mail, in one transaction, and returns what it saved;
    - ``done(request, page, saved)``: where the 303 sends the resident;
    - ``scope``: the rate limit in ``PORTAL_RATE_LIMITS`` the posts count against;
    - ``is_open(page)``: whether the page takes the form now; if not, the page says why.
    """

    # The forms are anonymous: there is no account or session to protect, so they need
    # no CSRF cookie and public pages stay free of cookies.
    @never_cache
    @csrf_exempt
    @require_POST
    def view(request, page_id):
        page = page_model.objects.live().public().filter(pk=page_id).first()
        if page is None or page.locale.language_code != get_language():
            raise Http404
        if over_rate_limit(request, scope):
            return render(request, "submissions/limited.html", {"page": page}, status=429)
        form = None
        if is_open(page):
            form = form_class(request.POST, request=request, page=page)
            if form.is_valid() and not form.is_spam:
                saved = save(request, page, form.cleaned_data, get_language())
                return HttpResponseRedirect(done(request, page, saved), status=303)
            if form.is_spam:
                form.add_error(None, form.spam_message)
        response = page.serve(request, form=form)
        response.status_code = 400
        return response

    return view


def to_confirmation(url_name):
    """``done`` for a submission with a token: its own page, named ``url_name``."""

    def done(request, page, saved):
        return reverse(url_name, args=[saved.token])

    return done
