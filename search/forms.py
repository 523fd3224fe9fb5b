from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from core.forms import INVALID_CHOICE, printable

MAX_QUERY = 200
MAX_PAGE = 1000  # pages of results one can ask for


class SearchForm(forms.Form):
    q = forms.CharField(
        label=_("Search the site"),
        max_length=MAX_QUERY,
        required=False,
        error_messages={"max_length": _("Write at most %(limit_value)d characters.")},
    )
    type = forms.ChoiceField(
        label=_("Type"),
        required=False,
        choices=[
            ("", _("Everything")),
            ("guide", _("Guides")),
            ("forum", _("Forums")),
            ("programme", _("Programmes and courses")),
            ("material", _("Course materials")),
            ("contact", _("City contacts")),
        ],
    )
    topic = forms.ChoiceField(label=_("Topic"), required=False)
    district = forms.ChoiceField(label=_("District"), required=False)
    language = forms.ChoiceField(label=_("Language"), required=False)
    page = forms.IntegerField(required=False, min_value=1, max_value=MAX_PAGE)
    # Set by the link "search instead for …": misspelt words are not corrected.
    as_typed = forms.BooleanField(required=False)

    def __init__(self, *args, topics=(), districts=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["topic"].choices = [("", _("All topics")), *topics]
        self.fields["district"].choices = [("", _("All districts")), *districts]
        self.fields["language"].choices = [
            ("", _("This language")),
            ("all", _("All languages")),
            *[(code, name) for code, name in settings.LANGUAGES],
        ]
        for field in self.fields.values():
            field.error_messages["invalid_choice"] = INVALID_CHOICE
        self.fields["page"].error_messages.update(
            invalid=_("Choose a page from the list."),
            min_value=_("Choose a page from the list."),
            max_value=_("Choose a page from the list."),
        )

    def clean_q(self):
        return " ".join(printable(self.cleaned_data["q"]).split())
