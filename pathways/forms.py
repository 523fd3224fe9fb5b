"""The forms of informants: joining (a graduate, from their participant page), telling
the city what people ask, and the news staff write to them."""

from django import forms
from django.conf import settings
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from core.forms import INVALID_CHOICE
from taxonomy.models import District, Language, Theme, vocabulary

REPORT_MAX = 2000


def _terms(model):
    """``model``'s terms in the reader's language."""
    return vocabulary(model, get_language())


class JoinForm(forms.Form):
    """A graduate joins the informants: their districts (one at least), the languages
    they speak, and the two things asked for separately: being an informant, and the
    weekly e-mail about new forums."""

    districts = forms.MultipleChoiceField(
        label=_("Your districts"),
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Where you live or are active. You get news about these districts."),
        error_messages={
            "required": _("Choose at least one district."),
            "invalid_choice": INVALID_CHOICE,
        },
    )
    languages = forms.MultipleChoiceField(
        label=_("Languages you speak"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("So that the city knows in which languages you can pass news on."),
        error_messages={"invalid_choice": INVALID_CHOICE},
    )
    informant = forms.BooleanField(
        label=_(
            "Yes, I want to be an informant. The city may e-mail me news about its forums "
            "and services for my districts, and I can tell the city what people ask."
        ),
        error_messages={"required": _("Tick the box to join, or leave this page.")},
    )
    forum_alerts = forms.BooleanField(
        label=_("Also e-mail me once a week about new forums in my districts."),
        required=False,
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.districts = _terms(District)
        self.languages = _terms(Language)
        self.fields["districts"].choices = self.districts.choices
        self.fields["languages"].choices = self.languages.choices

    def clean(self):
        data = super().clean()
        # The choices as the terms' translation keys, the same in every language.
        data["district_keys"] = [self.districts.keys[slug] for slug in data.get("districts", [])]
        data["language_keys"] = [self.languages.keys[slug] for slug in data.get("languages", [])]
        return data


class ReportForm(forms.Form):
    """What people in an informant's network ask: for one of their districts, on a
    theme if it has one."""

    district = forms.ChoiceField(
        label=_("District"),
        error_messages={
            "required": _("Choose the district."),
            "invalid_choice": INVALID_CHOICE,
        },
    )
    theme = forms.ChoiceField(
        label=_("Theme (if there is one)"),
        required=False,
        error_messages={"invalid_choice": INVALID_CHOICE},
    )
    text = forms.CharField(
        label=_("What do people in your network ask about?"),
        help_text=_(
            "Write the questions, not who asked them: no names, addresses or phone numbers."
        ),
        max_length=REPORT_MAX,
        widget=forms.Textarea(attrs={"rows": 5}),
        error_messages={
            "required": _("Write what people ask."),
            "max_length": _("Write at most %(limit_value)d characters."),
        },
    )

    def __init__(self, *args, district_keys=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.districts = _terms(District)
        self.themes = _terms(Theme)
        theirs = set(district_keys)
        self.fields["district"].choices = [
            (slug, name)
            for slug, name in self.districts.choices
            if self.districts.keys[slug] in theirs
        ]
        self.fields["theme"].choices = [("", _("No particular theme")), *self.themes.choices]

    def clean(self):
        data = super().clean()
        if data.get("district"):
            data["district_key"] = self.districts.keys[data["district"]]
        data["theme_key"] = self.themes.keys.get(data.get("theme") or "")
        return data


class NewsForm(forms.Form):
    """News for informants, written by staff: to those of one district or language, or
    to all; in Swedish, and in each other language it has been written in."""

    district = forms.ModelChoiceField(
        label=_("District"),
        queryset=District.objects.filter(locale__language_code="sv"),
        required=False,
        empty_label=_("All districts"),
        error_messages={"invalid_choice": _("Choose a district from the list.")},
    )
    spoken = forms.ModelChoiceField(
        label=_("Language the informants speak"),
        queryset=Language.objects.filter(locale__language_code="sv"),
        required=False,
        empty_label=_("All languages"),
        error_messages={"invalid_choice": _("Choose a language from the list.")},
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for code, name in settings.LANGUAGES:
            required = code == "sv"
            self.fields[f"subject_{code}"] = forms.CharField(
                label=_("Subject (%(language)s)") % {"language": name},
                max_length=150,
                required=required,
                error_messages={"required": _("Write the subject in Swedish.")},
            )
            self.fields[f"body_{code}"] = forms.CharField(
                label=_("Text (%(language)s)") % {"language": name},
                widget=forms.Textarea(attrs={"rows": 6}),
                max_length=5000,
                required=required,
                error_messages={"required": _("Write the text in Swedish.")},
            )

    def clean(self):
        data = super().clean()
        for code, _name in settings.LANGUAGES:
            if bool(data.get(f"subject_{code}")) != bool(data.get(f"body_{code}")):
                self.add_error(
                    f"body_{code}" if data.get(f"subject_{code}") else f"subject_{code}",
                    _("Write both the subject and the text in this language, or neither."),
                )
        return data

    def versions(self):
        """{language code: (subject, text)} for each language written in."""
        data = self.cleaned_data
        return {
            code: (data[f"subject_{code}"], data[f"body_{code}"])
            for code, _name in settings.LANGUAGES
            if data.get(f"subject_{code}")
        }
