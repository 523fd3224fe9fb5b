"""What search knows of the page types: what each declares on its class (``search_kind``,
``search_tags``, ``search_date``, see ``core.models.BasePage``), found through Wagtail's
registry of page models, so search names no subject's pages."""

from django.contrib.contenttypes.models import ContentType
from django.utils.translation import gettext_lazy as _
from wagtail.models import get_page_models

# The kinds of result, as the search form offers them (search.forms.SearchForm).
KINDS = {
    "guide": _("Guide"),
    "forum": _("Forum"),
    "programme": _("Programme or course"),
}


def models_of_kind(kind):
    """The page types whose results are of ``kind``."""
    return [model for model in get_page_models() if getattr(model, "search_kind", None) == kind]


def content_type_ids(kind):
    """The content type ids of the page types whose results are of ``kind``, in order."""
    content_types = ContentType.objects.get_for_models(*models_of_kind(kind)).values()
    return sorted(content_type.pk for content_type in content_types)


def kinds():
    """Content type id -> the label of its kind of page."""
    return {pk: label for kind, label in KINDS.items() for pk in content_type_ids(kind)}


def _declaring(attribute):
    # Declared on the class itself: a subclass's rows are in its parent's table.
    return [model for model in get_page_models() if vars(model).get(attribute)]


def tagged_ids(vocabulary, key):
    """Ids of the pages, in every language, tagged with the term of ``vocabulary``
    ("topic", "district") whose translation key is ``key``.

    Translations keep their links to the Swedish terms, so the translation key finds
    them all."""
    ids = set()
    for model in _declaring("search_tags"):
        field = model.search_tags.get(vocabulary)
        if field:
            pages = model.objects.filter(**{f"{field}__translation_key": key}).order_by()
            ids.update(pages.values_list("pk", flat=True))
    return ids


def dates(pages):
    """Page id -> the date a result shows, for those of ``pages`` whose type has one."""
    by_type = {}
    for page in pages:
        by_type.setdefault(page.content_type_id, []).append(page.pk)
    found = {}
    for model in _declaring("search_date"):
        ids = by_type.get(ContentType.objects.get_for_model(model).pk)
        if ids:
            found.update(model.objects.filter(pk__in=ids).values_list("pk", model.search_date))
    return found
