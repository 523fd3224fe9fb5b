"""Snippet choosers that show each item's districts and topics, so an editor picking a
contact or an association can tell apart two with the same name."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column
from wagtail.snippets.views.chooser import ChooseResultsView, ChooseView, SnippetChooserViewSet

LABELS = {
    "districts": _("Districts"),
    "district": _("District"),
    "topics": _("Topics"),
}


def _terms(name):
    def accessor(obj):
        value = getattr(obj, name)
        if hasattr(value, "all"):
            return ", ".join(str(term) for term in value.all()) or _("Whole city")
        return str(value) if value is not None else _("Whole city")

    return accessor


class TermColumnsMixin:
    term_fields = ()

    @property
    def columns(self):
        return [
            *super().columns,
            *(
                Column(name, label=LABELS[name], accessor=_terms(name), sort_key=None)
                for name in self.term_fields
            ),
        ]

    def get_object_list(self):
        objects = super().get_object_list()
        for name in self.term_fields:
            field = self.model._meta.get_field(name)
            objects = (
                objects.prefetch_related(name)
                if field.many_to_many
                else objects.select_related(name)
            )
        return objects


def chooser_with_terms(*term_fields):
    """A chooser viewset class whose listing adds a column for each of ``term_fields``."""
    attributes = {"term_fields": term_fields}
    return type(
        "TermChooserViewSet",
        (SnippetChooserViewSet,),
        {
            "choose_view_class": type("ChooseView", (TermColumnsMixin, ChooseView), attributes),
            "choose_results_view_class": type(
                "ChooseResultsView", (TermColumnsMixin, ChooseResultsView), attributes
            ),
        },
    )
