"""Local associations that co-host forums and invite their members to them."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField

from taxonomy.models import District


class Association(TranslatableMixin, models.Model):
    """A local association that co-hosts forums and invites its members to them."""

    name = models.CharField(
        _("name"),
        max_length=150,
        help_text=_("The association's own name, written the way the association writes it."),
    )
    slug = models.SlugField(
        _("slug"),
        max_length=80,
        help_text=_(
            "A short fixed name for the association, with no spaces. The same in every language."
        ),
    )
    description = models.CharField(
        _("description"),
        max_length=300,
        blank=True,
        help_text=_("One or two sentences: who the association is for and what it does."),
    )
    district = models.ForeignKey(
        District,
        verbose_name=_("district"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "The district where the association mainly works. "
            "Leave empty if it works across the city."
        ),
    )
    website = models.URLField(
        _("website"),
        blank=True,
        help_text=_("The association's own website, if it has one. Forum pages link to it."),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("description"),
        FieldPanel("district"),
        FieldPanel("website"),
    ]
    translatable_fields = [
        TranslatableField("name"),
        TranslatableField("description"),
        SynchronizedField("slug"),
        SynchronizedField("district"),
        SynchronizedField("website"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("association")
        verbose_name_plural = _("associations")
        ordering = ["name"]
        unique_together = [("translation_key", "locale"), ("slug", "locale")]

    def __str__(self):
        return self.name
