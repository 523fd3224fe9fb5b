from django.apps import AppConfig
from django.conf import settings

from core import retention


class GuidesConfig(AppConfig):
    name = "guides"
    verbose_name = "Guides"

    def ready(self):
        from core.cache import bump_version_on_change
        from guides.models import InfluencePath

        bump_version_on_change(InfluencePath)
        retention.register(
            "feedback comments",
            lambda: settings.PORTAL_FEEDBACK_COMMENT_RETENTION_DAYS,
            purge_feedback_comments,
        )


def purge_feedback_comments(cutoff):
    """Comments given before ``cutoff``: a reader may have written who they are. The
    answer (helpful or not) has nothing personal and stays for the statistics."""
    from guides.models import PageFeedback

    return PageFeedback.objects.filter(created_at__lt=cutoff).exclude(comment="").update(comment="")
