from django.apps import AppConfig
from django.conf import settings

from core import retention


class CoursesConfig(AppConfig):
    name = "courses"
    verbose_name = "Programmes and courses"

    def ready(self):
        from django.db.models.signals import post_delete, post_save, pre_save
        from wagtail.documents import get_document_model

        from core.cache import bump_version_on_change
        from courses import applications, participants  # noqa: F401  (outbox receivers)
        from courses.models import Project
        from courses.projects import public_page_changed, remember_page

        # The materials library caches each document's address and type.
        bump_version_on_change(get_document_model())
        # A project page shows what its participant agreed to: made again on a change.
        pre_save.connect(remember_page, sender=Project, dispatch_uid="courses-project-page")
        for signal in (post_save, post_delete):
            signal.connect(public_page_changed, sender=Project, dispatch_uid="courses-project")
        retention.register(
            "programme applications",
            lambda: settings.PORTAL_APPLICATION_RETENTION_DAYS,
            purge_applications,
        )
        retention.register(
            "programme participants and mentors",
            lambda: settings.PORTAL_MENTORING_RETENTION_DAYS,
            purge_participants,
        )
        retention.register(
            "mentorships ended",
            lambda: settings.PORTAL_MENTORSHIP_RETENTION_DAYS,
            purge_mentorships,
        )
        retention.register(
            "survey answers",
            lambda: settings.PORTAL_SURVEY_RETENTION_DAYS,
            purge_survey_answers,
        )


def purge_applications(cutoff):
    """Applications and offers to mentor received before ``cutoff`` and not accepted,
    with their history."""
    return _purge(cutoff, accepted=False)


def purge_participants(cutoff):
    """Accepted applications and offers to mentor (participants and mentors) received
    before ``cutoff``, with their history; those in a mentorship go by its end
    (purge_mentorships)."""
    return _purge(cutoff, accepted=True)


def purge_mentorships(cutoff):
    """Mentors and participants whose every mentorship ended before ``cutoff``, with
    their history: kept until the mentorship ends, plus the stated period."""
    from courses.models import Application, MentorOffer

    day = cutoff.date()
    # Both sides found first: deleting a participant takes its mentorship with it.
    ended = [
        model.objects.filter(
            pk__in=list(
                model.objects.filter(**{f"{mentorship}__isnull": False})
                .exclude(**{f"{mentorship}__ends_on__gte": day})
                .values_list("pk", flat=True)
            )
        )
        for model, mentorship in (
            (Application, "participant__mentorship"),
            (MentorOffer, "mentorships"),
        )
    ]
    deleted = sum(retention.delete_with_history(queryset) for queryset in ended)
    retention.forget_deleted(Application, MentorOffer)
    return deleted


def purge_survey_answers(cutoff):
    """Survey answers given before ``cutoff`` (the day only is kept)."""
    from courses.models import SurveyResponse

    return retention.delete_with_history(
        SurveyResponse.objects.filter(created_on__lt=cutoff.date())
    )


def _purge(cutoff, accepted):
    from courses.models import Application, MentorOffer

    deleted = 0
    for model, mentorship in (
        (Application, "participant__mentorship"),
        (MentorOffer, "mentorships"),
    ):
        old = model.objects.filter(created_at__lt=cutoff)
        if accepted:
            old = old.filter(status=model.Status.ACCEPTED, **{f"{mentorship}__isnull": True})
        else:
            old = old.exclude(status=model.Status.ACCEPTED)
        deleted += retention.delete_with_history(old)
    retention.forget_deleted(Application, MentorOffer)
    return deleted
