from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path, register_converter
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from core import routing
from core.converters import IdConverter, TokenConverter
from core.sitemap import PortalSitemap
from courses.views import (
    application_view,
    apply_view,
    certificate_check_view,
    certificate_view,
    mentorship_check_in_view,
    mentorship_view,
    offer_done_view,
    offer_view,
    participant_certificate_view,
    participant_check_in_view,
    participant_view,
    publishing_view,
    survey_view,
)
from events.views import (
    cancel_view,
    confirm_subscription_view,
    consent_view,
    register_view,
    registration_view,
    subscribe_view,
    subscription_view,
    unsubscribe_view,
    withdraw_consent_view,
)
from guides.views import page_feedback
from offline import views as offline
from operations import health, media
from pathways import informant_views as informants
from search.suggest import suggest_view
from search.views import search_view

register_converter(IdConverter, "id")
register_converter(TokenConverter, "token")

urlpatterns = [
    # The second sign-in step and the throttled password reset, ahead of Wagtail's admin.
    path("admin/", include("accounts.urls")),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": PortalSitemap}}, name="sitemap"),
    path("healthz/", health.healthz, name="healthz"),
    # At the root, so that the service worker may serve every public page.
    path("offline-worker.js", offline.worker, name="offline_worker"),
    # The public, read-only API and its OpenAPI description: languages by ?locale=.
    path("api/v2/", include("api.urls")),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
elif settings.MEDIA_STORAGE == "local":
    urlpatterns.append(re_path(r"^media/images/(?P<path>.+)$", media.rendition))

# Every public page lives under its language prefix: /sv/, /en/, /ar/ …
# A visit to / is redirected by LocaleMiddleware to the visitor's language.
urlpatterns += i18n_patterns(
    path("feedback/<id:page_id>/", page_feedback, name="page_feedback"),
    path("forum-registration/<id:page_id>/", register_view, name="forum_register"),
    path("forum-registrations/<token:token>/", registration_view, name="forum_registration"),
    path("forum-registrations/<token:token>/cancel/", cancel_view, name="forum_cancel"),
    path("contact-consents/<token:token>/", consent_view, name="contact_consent"),
    path("forum-alerts/<id:page_id>/", subscribe_view, name="forum_subscribe"),
    path("forum-alert/<token:token>/", subscription_view, name="forum_subscription"),
    path(
        "forum-alert/<token:token>/confirm/",
        confirm_subscription_view,
        name="forum_subscription_confirm",
    ),
    path("forum-alert/<token:token>/unsubscribe/", unsubscribe_view, name="forum_unsubscribe"),
    path(
        "contact-consents/<token:token>/withdraw/",
        withdraw_consent_view,
        name="contact_consent_withdraw",
    ),
    path("programme-application/<id:page_id>/", apply_view, name="programme_apply"),
    path("programme-applications/<token:token>/", application_view, name="programme_application"),
    path("mentor-offer/<id:page_id>/", offer_view, name="mentor_offer_send"),
    path("mentor-offers/<token:token>/", offer_done_view, name="mentor_offer"),
    path("programme-participants/<token:token>/", participant_view, name="programme_participant"),
    path(
        "programme-participants/<token:token>/publishing/",
        publishing_view,
        name="participant_publishing",
    ),
    path(
        "programme-participants/<token:token>/check-in/",
        participant_check_in_view,
        name="participant_check_in",
    ),
    path("mentorships/<token:token>/", mentorship_view, name="mentorship"),
    path(
        "mentorships/<token:token>/check-in/",
        mentorship_check_in_view,
        name="mentorship_check_in",
    ),
    path(
        "programme-participants/<token:token>/certificate.pdf",
        participant_certificate_view,
        name="participant_certificate",
    ),
    path("informants/join/<token:token>/", informants.join_view, name="informant_join"),
    path("informants/<token:token>/", informants.informant_view, name="informant"),
    path("informants/<token:token>/report/", informants.report_view, name="informant_report"),
    path("informants/<token:token>/stay/", informants.stay_view, name="informant_stay"),
    path("informants/<token:token>/leave/", informants.leave_view, name="informant_leave"),
    path("surveys/<token:token>/", survey_view, name="survey"),
    path("certificates/", certificate_check_view, name="certificate_check"),
    path("certificates/<str:code>/", certificate_view, name="certificate"),
    path("search/", search_view, name="search"),
    path("search/suggestions/", suggest_view, name="search_suggest"),
    path("saved/", offline.saved, name="offline_saved"),
    # Wagtail's page view under its own name, with the start of each route cached.
    re_path(wagtail_urls.serve_pattern, routing.serve, name="wagtail_serve"),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
