from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from contacts.models import CityContact
from taxonomy.choosers import chooser_with_terms


class CityContactViewSet(SnippetViewSet):
    model = CityContact
    icon = "group"
    list_display = ["name", "kind", "phone", "email"]
    list_filter = ["kind", "is_fallback"]
    search_fields = ["name", "helps_with"]
    list_export = [
        "reference",
        "name",
        "kind",
        "phone",
        "email",
        "website",
        "helps_with",
    ]
    export_filename = "city-contacts"
    chooser_viewset_class = chooser_with_terms("districts", "topics")


register_snippet(CityContactViewSet)
