import datetime
import re

from django import forms
from django.utils import formats
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from core.forms import INVALID_CHOICE, EmailField, printable
from core.validators import phone_validator
from submissions.forms import ResidentForm
from taxonomy.models import District, Language, Theme, vocabulary

VIA = re.compile(r"[a-z0-9-]{1,80}")


class ForumFilterForm(forms.Form):
    """The forum listing's filters. Choices are slugs of the reader's language's terms."""

    when = forms.ChoiceField(
        label=_("Show"),
        required=False,
        choices=[("upcoming", _("Upcoming forums")), ("past", _("Past forums"))],
    )
    district = forms.ChoiceField(label=_("District"), required=False)
    theme = forms.ChoiceField(label=_("Theme"), required=False)
    language = forms.ChoiceField(label=_("Language"), required=False)
    month = forms.ChoiceField(label=_("Month"), required=False)

    def __init__(self, *args, districts, themes, languages, months, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["district"].choices = [("", _("All districts")), *districts]
        self.fields["theme"].choices = [("", _("All themes")), *themes]
        self.fields["language"].choices = [("", _("All languages")), *languages]
        self.fields["month"].choices = [("", _("All months"))] + [
            (month.strftime("%Y-%m"), formats.date_format(month, "YEAR_MONTH_FORMAT"))
            for month in months
        ]
        for field in self.fields.values():
            field.error_messages["invalid_choice"] = INVALID_CHOICE

    def clean_month(self):
        value = self.cleaned_data["month"]
        return datetime.date.fromisoformat(f"{value}-01") if value else None


class RegistrationForm(ResidentForm):
    # A family or a small group. More per registration would let a few posts take every
    # place of a forum (four posts of ten filled forty places).
    MAX_PEOPLE = 5
    spam_message = _(
        "Your registration could not be saved. Leave the last field empty and try again."
    )

    name = forms.CharField(
        label=_("Your name"),
        max_length=150,
        error_messages={
            "required": _("Write your name."),
            "max_length": _("Write at most %(limit_value)d characters."),
        },
    )
    email = EmailField(
        label=_("E-mail (optional)"),
        required=False,
        help_text=_("We send a confirmation with a link to cancel."),
        error_messages={"invalid": _("Write an e-mail address such as name@example.com.")},
    )
    phone = forms.CharField(
        label=_("Phone (optional)"),
        required=False,
        max_length=30,
        validators=[phone_validator],
        help_text=_("If the forum changes, we can text or call you."),
        error_messages={"max_length": _("Write at most %(limit_value)d characters.")},
    )
    people = forms.TypedChoiceField(
        label=_("How many people are coming, you included?"),
        coerce=int,
        choices=[(number, str(number)) for number in range(1, MAX_PEOPLE + 1)],
        initial=1,
        error_messages={
            "required": _("Choose how many people are coming."),
            "invalid_choice": _("Choose a number from 1 to 5."),
        },
    )
    language_needs = forms.CharField(
        label=_("Do you need an interpreter? Into which language? (optional)"),
        required=False,
        max_length=200,
        error_messages={"max_length": _("Write at most %(limit_value)d characters.")},
    )
    accessibility_needs = forms.CharField(
        label=_("Do you need anything else to take part? (optional)"),
        help_text=_("For example a wheelchair space, a hearing loop or a place for a pram."),
        required=False,
        max_length=500,
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={"max_length": _("Write at most %(limit_value)d characters.")},
    )

    contact_consent = forms.BooleanField(
        label=_(
            "Yes, you may contact me about the city's short course on how the city works, "
            "and about later forums (optional)."
        ),
        help_text=_(
            "This is apart from your registration. We keep your name and contact details "
            "for it for two years, or until you say no with the link in our messages."
        ),
        required=False,
    )

    # The co-hosting association whose link brought the person (``?via=`` on the forum's
    # address); anything else is dropped, never an error the person could not fix.
    via = forms.CharField(required=False, strip=True, widget=forms.HiddenInput)

    def clean_via(self):
        value = self.cleaned_data["via"]
        return value if VIA.fullmatch(value) else ""

    def clean(self):
        data = super().clean()
        if data.get("contact_consent") and not (data.get("email") or data.get("phone")):
            self.add_error(
                "contact_consent",
                _("Give an e-mail address or a phone number, so that we can contact you."),
            )
        return data

    def clean_name(self):
        name = printable(self.cleaned_data["name"])
        if not name:
            raise forms.ValidationError(self.fields["name"].error_messages["required"])
        return name

    def clean_language_needs(self):
        return printable(self.cleaned_data["language_needs"])

    def clean_accessibility_needs(self):
        return printable(self.cleaned_data["accessibility_needs"])


class SubscriptionForm(ResidentForm):
    """E-mail about new forums: the address, and the districts, themes and languages to
    hear about (none chosen: every forum). Choices are slugs of the reader's terms."""

    spam_message = _("Your sign-up could not be saved. Leave the last field empty and try again.")

    email = EmailField(
        label=_("Your e-mail address"),
        error_messages={
            "required": _("Write your e-mail address."),
            "invalid": _("Write an e-mail address such as name@example.com."),
        },
    )
    districts = forms.MultipleChoiceField(
        label=_("Districts"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Choose none to hear about forums in every district."),
        error_messages={"invalid_choice": INVALID_CHOICE},
    )
    themes = forms.MultipleChoiceField(
        label=_("Themes"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Choose none to hear about every theme."),
        error_messages={"invalid_choice": INVALID_CHOICE},
    )
    languages = forms.MultipleChoiceField(
        label=_("Languages spoken or interpreted"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Choose none to hear about forums in every language."),
        error_messages={"invalid_choice": INVALID_CHOICE},
    )

    def __init__(self, *args, request=None, vocabularies=None, **kwargs):
        super().__init__(*args, request=request, **kwargs)
        if vocabularies is None:
            language = get_language()
            vocabularies = {
                "district": vocabulary(District, language),
                "theme": vocabulary(Theme, language),
                "language": vocabulary(Language, language),
            }
        self.vocabularies = vocabularies
        self.fields["districts"].choices = vocabularies["district"].choices
        self.fields["themes"].choices = vocabularies["theme"].choices
        self.fields["languages"].choices = vocabularies["language"].choices

    def clean(self):
        data = super().clean()
        # The choices as the terms' translation keys, the same in every language.
        for field, vocabulary_name in (
            ("districts", "district"),
            ("themes", "theme"),
            ("languages", "language"),
        ):
            keys = self.vocabularies[vocabulary_name].keys
            data[f"{field}_keys"] = [keys[slug] for slug in data.get(field, [])]
        return data
