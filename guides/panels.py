from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import Panel

from guides.readability import EASY_READ_MAX, LANGUAGE, body_texts, lix


class ReadabilityPanel(Panel):
    """The LIX of a Swedish page's body as last saved, with its band; on an easy-to-read
    version, a warning when the score is above what easy-to-read Swedish allows."""

    def __init__(self, field_name="body", easy_read=False, **kwargs):
        kwargs.setdefault("heading", _("Readability (LIX)"))
        super().__init__(**kwargs)
        self.field_name = field_name
        self.easy_read = easy_read

    def clone_kwargs(self):
        kwargs = super().clone_kwargs()
        kwargs.update(field_name=self.field_name, easy_read=self.easy_read)
        return kwargs

    @property
    def clean_name(self):
        return super().clean_name or "readability"

    class BoundPanel(Panel.BoundPanel):
        template_name = "guides/panels/readability.html"

        def is_shown(self):
            locale = getattr(self.instance, "locale", None)
            return bool(locale) and locale.language_code == LANGUAGE and super().is_shown()

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            result = lix(body_texts(getattr(self.instance, self.panel.field_name)))
            context.update(
                lix=result,
                easy_read=self.panel.easy_read,
                easy_read_max=EASY_READ_MAX,
                too_hard=self.panel.easy_read and result and result.score >= EASY_READ_MAX,
            )
            return context
