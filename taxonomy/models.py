"""How content is classified: the questions it answers (topics), where it applies
(districts), what a forum is about (themes) and the languages the city serves people
in. All are translatable snippets that editors manage.

Pages and contacts keep their links to the Swedish topic or district even in
their translations (wagtail-localize copies many-to-many fields as they are),
so anything that filters or labels by topic or district goes through the
``translation_key``, which every translation of one topic shares.
"""

from dataclasses import dataclass, field

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core.cache import cached

SOURCE_LANGUAGE = "sv"


class TaxonomyTerm(TranslatableMixin, models.Model):
    name = models.CharField(
        _("name"),
        max_length=100,
        help_text=_("The name readers see on the site. Keep it short and use everyday words."),
    )
    slug = models.SlugField(
        _("slug"),
        max_length=100,
        help_text=_(
            "Used in web addresses and in the contacts spreadsheet. The same in every language."
        ),
    )
    description = models.CharField(
        _("description"),
        max_length=255,
        blank=True,
        help_text=_("One sentence on what this covers, so editors can choose the right one."),
    )

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description")]
    translatable_fields = [
        TranslatableField("name"),
        TranslatableField("description"),
        SynchronizedField("slug"),
    ]

    class Meta(TranslatableMixin.Meta):
        abstract = True
        ordering = ["name"]

    def __str__(self):
        return self.name


class Topic(TaxonomyTerm):
    """A question residents and associations come with, such as grants or premises.

    Guides and city contacts are tagged with topics; the contact finder and the
    guide filters offer them as choices.
    """

    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("topic")
        verbose_name_plural = _("topics")
        unique_together = [("translation_key", "locale"), ("slug", "locale")]


class District(TaxonomyTerm):
    """One of the city's district areas, each with a district council and administration.

    Districts are merged and renamed over the years, so they are data that
    editors keep up to date, not a fixed list in the code.
    """

    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("district")
        verbose_name_plural = _("districts")
        unique_together = [("translation_key", "locale"), ("slug", "locale")]


class Theme(TaxonomyTerm):
    """What a forum is about, chosen from local needs, such as health or public safety."""

    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("forum theme")
        verbose_name_plural = _("forum themes")
        unique_together = [("translation_key", "locale"), ("slug", "locale")]


class Language(TaxonomyTerm):
    """A language the city can serve people in: spoken at a forum, or interpreted into.

    The slug is the language's code (such as ``so`` or ``ti``), so it is the
    same in every language; the name is written in the reader's language.
    """

    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("language of service")
        verbose_name_plural = _("languages of service")
        unique_together = [("translation_key", "locale"), ("slug", "locale")]


@dataclass
class Vocabulary:
    """The terms of one kind in one language, ready for forms and labels."""

    choices: list[tuple[str, str]] = field(default_factory=list)  # (slug, name), by name
    names: dict = field(default_factory=dict)  # translation_key -> name
    keys: dict = field(default_factory=dict)  # slug -> translation_key
    ids: dict = field(default_factory=dict)  # id of a Swedish or this language's term -> key

    def name_of_id(self, id_):
        """The name of the term with this id (pages point at the Swedish terms)."""
        return self.names.get(self.ids.get(id_), "")

    def names_of(self, keys):
        """Names for these translation keys, sorted, skipping unknown ones."""
        return sorted(self.names[key] for key in keys if key in self.names)


def _build_vocabulary(model, language):
    vocabulary = Vocabulary()
    terms = model.objects.filter(locale__language_code__in={language, SOURCE_LANGUAGE})
    rows = terms.values_list("translation_key", "slug", "name", "locale__language_code", "id")
    # The page's language wins; Swedish fills in terms not yet translated.
    for key, slug, name, _code, id_ in sorted(rows, key=lambda row: row[3] == language):
        vocabulary.names[key] = name
        vocabulary.keys[slug] = key
        vocabulary.ids[id_] = key
    by_slug = {slug: vocabulary.names[key] for slug, key in vocabulary.keys.items()}
    vocabulary.choices = sorted(by_slug.items(), key=lambda item: item[1].casefold())
    return vocabulary


def vocabulary(model, language):
    """``model``'s vocabulary in ``language``, cached until any term changes."""
    return cached(
        f"vocabulary:{model._meta.label_lower}:{language}",
        lambda: _build_vocabulary(model, language),
    )
