import re

from django import forms
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from core.converters import TOKEN_LENGTH
from core.forms import INVALID_CHOICE, EmailField, printable
from core.validators import phone_validator
from courses.blocks import MaterialKind
from courses.choices import Sector, Source
from submissions.forms import ResidentForm
from taxonomy.models import SOURCE_LANGUAGE, District, vocabulary


class MaterialFilterForm(forms.Form):
    programme = forms.ChoiceField(label=_("Programme"), required=False)
    module = forms.ChoiceField(label=_("Module"), required=False)
    language = forms.ChoiceField(label=_("Language"), required=False)
    kind = forms.ChoiceField(
        label=_("Type"), required=False, choices=[("", _("All types")), *MaterialKind.CHOICES]
    )

    def __init__(self, *args, programmes, modules, languages, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["programme"].choices = [("", _("All programmes")), *programmes]
        self.fields["module"].choices = [("", _("All modules")), *modules]
        self.fields["language"].choices = [("", _("All languages")), *languages]
        for field in self.fields.values():
            field.error_messages["invalid_choice"] = INVALID_CHOICE


TOO_LONG = _("Write at most %(limit_value)d characters.")


def _text(label, max_length, required=True, help_text="", rows=None, required_message=""):
    return forms.CharField(
        label=label,
        max_length=max_length,
        required=required,
        help_text=help_text,
        widget=forms.Textarea(attrs={"rows": rows}) if rows else forms.TextInput,
        error_messages={"required": required_message, "max_length": TOO_LONG},
    )


class SubmissionForm(ResidentForm):
    """The contact details, district, languages and consent an application and an offer
    to mentor both ask for."""

    name = _text(_("Your name"), 150, required_message=_("Write your name."))
    email = EmailField(
        label=_("E-mail"),
        help_text=_("We send a confirmation and our answer here."),
        error_messages={
            "required": _("Write your e-mail address."),
            "invalid": _("Write an e-mail address such as name@example.com."),
        },
    )
    phone = forms.CharField(
        label=_("Phone (optional)"),
        required=False,
        max_length=30,
        validators=[phone_validator],
        error_messages={"max_length": TOO_LONG},
    )
    district = forms.ChoiceField(
        label=_("District"),
        help_text=_("Where you live or are active."),
        error_messages={"required": _("Choose a district."), "invalid_choice": INVALID_CHOICE},
    )
    languages = _text(
        _("Which languages do you speak? (optional)"),
        200,
        required=False,
        help_text=_("For example: Swedish, Somali, English."),
    )
    consent = forms.BooleanField(
        label=_("I agree that the city keeps and uses my details to handle what I send."),
        error_messages={"required": _("You must agree before we can take your details.")},
    )

    text_fields = ("name", "languages")

    def __init__(self, *args, request, **kwargs):
        super().__init__(*args, request=request, **kwargs)
        self.districts = vocabulary(District, get_language())
        self.fields["district"].choices = [("", _("Choose a district")), *self.districts.choices]

    def clean(self):
        data = super().clean()
        for name in self.text_fields:
            if name in data:
                data[name] = printable(data[name])
                if self.fields[name].required and not data[name]:
                    self.add_error(name, self.fields[name].error_messages["required"])
        return data

    def clean_district(self):
        key = self.districts.keys[self.cleaned_data["district"]]
        return District.objects.filter(
            translation_key=key, locale__language_code=SOURCE_LANGUAGE
        ).first()


INVITE = re.compile(rf"[A-Za-z0-9_-]{{{TOKEN_LENGTH}}}")


class ApplicationForm(SubmissionForm):
    association = _text(
        _("Which association or network are you active in?"),
        200,
        help_text=_("It can be an association, a religious community or an informal group."),
        required_message=_("Write which association or network you are active in."),
    )
    motivation = _text(
        _("Why do you want to take part?"),
        2000,
        rows=5,
        help_text=_("What do you do today, and what do you want to learn?"),
        required_message=_("Write why you want to take part."),
    )
    project_idea = _text(
        _("Your project idea"),
        2000,
        rows=6,
        help_text=_(
            "What would you like to do in your district, for whom, and what would it change? "
            "A few sentences are enough. The idea can grow during the programme."
        ),
        required_message=_("Describe your project idea in a few sentences."),
    )

    sector = forms.ChoiceField(
        label=_("Which sector do you come from?"),
        help_text=_("The course takes as many participants from each sector."),
        choices=[("", _("Choose a sector")), *Sector.choices],
        error_messages={"required": _("Choose a sector."), "invalid_choice": INVALID_CHOICE},
    )
    source = forms.ChoiceField(
        label=_("How did you hear about the programme? (optional)"),
        required=False,
        choices=[("", _("Choose if you want")), *Source.choices],
        error_messages={"invalid_choice": INVALID_CHOICE},
    )
    # The invitation link's token (``?invite=`` on the programme's address), from a
    # forum where the person said yes to being contacted; anything else is dropped.
    invite = forms.CharField(required=False, widget=forms.HiddenInput)

    text_fields = ("name", "languages", "association", "motivation", "project_idea")
    field_order = [
        "name",
        "email",
        "phone",
        "district",
        "sector",
        "association",
        "languages",
        "motivation",
        "project_idea",
        "source",
        "consent",
    ]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if not getattr(self.page, "asks_sector", False):
            del self.fields["sector"]

    def clean_invite(self):
        value = self.cleaned_data["invite"]
        return value if INVITE.fullmatch(value) else ""


class MentorOfferForm(SubmissionForm):
    experience = _text(
        _("What experience and network would you bring?"),
        2000,
        rows=5,
        help_text=_("For example voluntary work, work in the city, or contacts in business."),
        required_message=_("Write about your experience in a few sentences."),
    )

    text_fields = ("name", "languages", "experience")
    field_order = ["name", "email", "phone", "district", "languages", "experience", "consent"]


class ProjectFilterForm(forms.Form):
    district = forms.ChoiceField(label=_("District"), required=False)

    def __init__(self, *args, districts, **kwargs):
        # The programme page also carries the application form with its own district.
        super().__init__(*args, auto_id="filter_%s", **kwargs)
        self.fields["district"].choices = [("", _("All districts")), *districts]
        self.fields["district"].error_messages["invalid_choice"] = INVALID_CHOICE
